using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// The one migration per provider, Initial, makes on an empty database the schema that the ten migrations it
/// replaced made (squashed on 2026-12-05, docs/decisions/0003-migrations-per-provider.md). The reference is
/// Data/schema-before-squash.{sqlite,postgres}.txt, written by <see cref="SchemaDump"/> from the old migrations
/// before they were deleted; it is not rewritten. Later migrations change the schema on purpose, so the test
/// migrates only up to Initial.
/// </summary>
public sealed class SchemaTests
{
    /// <summary>
    /// Defaults the old migrations left behind when they added a NOT NULL column to a table that might have had rows
    /// (AddColumn needs a value for them). They are not in the model, so the squashed migration does not make them;
    /// the app always writes these columns itself. On SQLite the rebuild of MeetingPlaces had already dropped its own.
    /// </summary>
    private static readonly Dictionary<DatabaseProvider, string[]> BackfillDefaults = new()
    {
        [DatabaseProvider.Sqlite] =
        [
            "AgreementVersions.Status DEFAULT 'Draft'",
            "AspNetUsers.Language DEFAULT 'fi'",
            "Parties.SigningRule DEFAULT ''",
        ],
        [DatabaseProvider.Postgres] =
        [
            "AgreementVersions.Status DEFAULT 'Draft'::character varying",
            "AspNetUsers.Language DEFAULT 'fi'::character varying",
            "Parties.SigningRule DEFAULT ''::character varying",
            "MeetingPlaces.AccessibilityFi DEFAULT ''::character varying",
            "MeetingPlaces.CreatedAt DEFAULT '-infinity'::timestamp with time zone",
            "MeetingPlaces.DescriptionFi DEFAULT ''::character varying",
            "MeetingPlaces.IsDemo DEFAULT false",
            "MeetingPlaces.Offers DEFAULT ''::character varying",
            "MeetingPlaces.OpeningExceptions DEFAULT ''::text",
            "MeetingPlaces.OpeningHours DEFAULT ''::text",
            "MeetingPlaces.State DEFAULT ''::character varying",
            "MeetingPlaces.UpdatedAt DEFAULT '-infinity'::timestamp with time zone",
            "MeetingPlaces.Version DEFAULT 0",
        ],
    };

    [Theory, BothDatabases]
    public async Task The_initial_migration_makes_the_schema_of_the_squashed_migrations_without_warnings(DatabaseProvider provider)
    {
        var connectionString = await TestDatabases.CreateEmptyAsync(provider);
        var warnings = new List<string>();
        await using (var db = Context(provider, connectionString, warnings))
            await db.GetService<IMigrator>().MigrateAsync("Initial");
        Assert.True(warnings.Count == 0, "Migrating logged:\n" + string.Join("\n", warnings));

        var name = $"schema-before-squash.{provider.ToString().ToLowerInvariant()}.txt";
        var expected = WithoutBackfillDefaults(provider, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", name)));
        var actual = await SchemaDump.TakeAsync(provider, connectionString);
        var difference = SchemaDump.Difference(expected, actual);
        if (difference.Length == 0) return;
        var written = Path.Combine(AppContext.BaseDirectory, name.Replace(".txt", ".actual.txt"));
        await File.WriteAllTextAsync(written, actual);
        Assert.Fail($"The schema differs from Data/{name} (- only there, + only in the migrated database; the whole dump is in {written}):\n{difference}");
    }

    private static string WithoutBackfillDefaults(DatabaseProvider provider, string dump)
    {
        var lines = SchemaDump.Lines(dump).ToList();
        foreach (var entry in BackfillDefaults[provider])
        {
            var column = entry[..entry.IndexOf(' ')];
            var suffix = entry[column.Length..];
            var index = lines.FindIndex(l => l.StartsWith($"column {column}: ", StringComparison.Ordinal) && l.EndsWith(suffix, StringComparison.Ordinal));
            Assert.True(index >= 0, $"The reference has no column {column} with{suffix}: update {nameof(BackfillDefaults)}.");
            lines[index] = lines[index][..^suffix.Length];
        }
        return string.Join('\n', lines) + "\n";
    }

    private static PerheverkkoDb Context(DatabaseProvider provider, string connectionString, List<string> warnings)
    {
        var options = new DbContextOptionsBuilder<PerheverkkoDb>().UsePerheverkkoDatabase(provider, connectionString);
        options.LogTo((_, level) => level >= LogLevel.Warning, e =>
        {
            // Npgsql reads the history table before it knows it exists and logs the failure as an error on every
            // first migration (npgsql/efcore.pg#3407); nothing is wrong, so that one is not counted.
            if (e is CommandErrorEventData { Command.CommandText: var sql } && sql.Contains("__EFMigrationsHistory", StringComparison.Ordinal)) return;
            lock (warnings) warnings.Add(e.ToString());
        });
        return new PerheverkkoDb(options.Options);
    }
}

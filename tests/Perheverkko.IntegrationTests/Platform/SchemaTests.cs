using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// The migrations make, on an empty database, the schema recorded in Data/schema-before-squash.*.txt: the schema the
/// ten migrations per provider made before they were squashed into one (docs/decisions/0003-migrations-per-provider.md).
/// </summary>
public sealed class SchemaTests
{
    [Theory, BothDatabases]
    public async Task The_migrations_make_the_reference_schema(DatabaseProvider provider)
    {
        var connectionString = await TestDatabases.CreateEmptyAsync(provider);
        var warnings = new List<string>();
        await using (var db = Context(provider, connectionString, warnings))
            await db.GetService<IMigrator>().MigrateAsync();
        var actual = await SchemaDump.TakeAsync(provider, connectionString);

        var name = $"schema-before-squash.{provider.ToString().ToLowerInvariant()}.txt";
        var reference = Path.Combine(AppContext.BaseDirectory, "Data", name);
        var written = Path.Combine(AppContext.BaseDirectory, name.Replace(".txt", ".actual.txt"));
        if (!File.Exists(reference))
        {
            await File.WriteAllTextAsync(written, actual);
            Assert.Fail($"No reference dump {name}; this database's dump is in {written}.");
        }
        var difference = SchemaDump.Difference(await File.ReadAllTextAsync(reference), actual);
        if (difference.Length > 0) await File.WriteAllTextAsync(written, actual);
        Assert.True(difference.Length == 0,
            $"The schema differs from Data/{name} (- only there, + only in the migrated database; the whole dump is in {written}):\n{difference}");
    }

    internal static PerheverkkoDb Context(DatabaseProvider provider, string connectionString, List<string> warnings)
    {
        var options = new DbContextOptionsBuilder<PerheverkkoDb>();
        if (provider == DatabaseProvider.Sqlite)
            options.UseSqlite(connectionString, x => x.MigrationsAssembly("Perheverkko.Migrations.Sqlite"));
        else
            options.UseNpgsql(connectionString, x => x.MigrationsAssembly("Perheverkko.Migrations.Postgres"));
        options.LogTo(message => { lock (warnings) warnings.Add(message); }, LogLevel.Warning);
        return new PerheverkkoDb(options.Options);
    }
}

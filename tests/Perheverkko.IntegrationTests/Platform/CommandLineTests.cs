using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Cli;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Platform.CommandLineRun;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>The command line against real databases. Console output is process-wide, so these run alone.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CommandLineTests
{

    [Theory, BothDatabases]
    public async Task Migrate_seed_and_users_prepare_an_empty_database_for_work(DatabaseProvider provider)
    {
        var connection = await TestDatabases.CreateEmptyAsync(provider);
        Assert.Equal(0, (await RunCommandAsync(provider, connection, "migrate")).ExitCode);
        var seeded = await RunCommandAsync(provider, connection, "seed");
        Assert.Equal(0, seeded.ExitCode);
        Assert.Contains("rows added", seeded.Out);
        Assert.Contains(" 0 rows added", (await RunCommandAsync(provider, connection, "seed")).Out); // idempotent

        var added = await RunCommandAsync(provider, connection, "users", "add", "--email", "Uusi.Edustaja@perheverkko.example", "--name", "Uusi Edustaja",
            "--organisation", "juva", "--role", "representative");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("One-time password:", added.Out);
        var again = await RunCommandAsync(provider, connection, "users", "add", "--email", "uusi.edustaja@perheverkko.example", "--name", "X", "--role", "admin");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("user.email_taken", again.Error);
        var unknownOrganisation = await RunCommandAsync(provider, connection, "users", "add", "--email", "x@perheverkko.example", "--name", "X", "--organisation", "atlantis", "--role", "professional");
        Assert.Equal(1, unknownOrganisation.ExitCode);

        var token = await RunCommandAsync(provider, connection, "users", "token", "--email", "uusi.edustaja@perheverkko.example", "--days", "7");
        Assert.Equal(0, token.ExitCode);
        Assert.StartsWith("pv_", token.Out.Trim());
        Assert.Equal(1, (await RunCommandAsync(provider, connection, "users", "token", "--email", "nobody@perheverkko.example")).ExitCode);

        await using var app = new TestApp(provider, connection);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Out.Trim());
        var me = await client.GetStringAsync("/api/v1/me");
        Assert.Contains("Uusi Edustaja", me);
        Assert.Contains(NetworkSeeder.OrganisationId("juva").ToString(), me);
    }

    [Theory, BothDatabases]
    public async Task Adding_a_user_first_on_a_database_never_set_up_prepares_it_and_says_so(DatabaseProvider provider)
    {
        var connection = await TestDatabases.CreateEmptyAsync(provider);
        var added = await RunCommandAsync(provider, connection, "users", "add", "--email", "ensimmainen@perheverkko.example", "--name", "Ensimmäinen Ylläpitäjä",
            "--organisation", "mikkeli", "--role", "admin");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains("migrated and seeded", added.Out);
        Assert.Contains("One-time password:", added.Out);
        Assert.Equal("", added.Error);
        // The next command finds it ready and says nothing about it.
        var token = await RunCommandAsync(provider, connection, "users", "token", "--email", "ensimmainen@perheverkko.example");
        Assert.Equal(0, token.ExitCode);
        Assert.DoesNotContain("migrated", token.Out);
    }

    [Theory, BothDatabases]
    public async Task A_backup_restores_the_data_as_it_was(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var file = Path.Combine(TestDatabases.Scratch, $"backup-{Guid.NewGuid():N}.{(provider == DatabaseProvider.Sqlite ? "db" : "sql")}");
        var backup = await RunCommandAsync(provider, app.ConnectionString, "backup", "--to", file);
        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.True(File.Exists(file));
        Assert.Equal(2, (await RunCommandAsync(provider, app.ConnectionString, "backup", "--to", file)).ExitCode); // never overwrites
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.BackupCreated)));

        var mikkeli = NetworkSeeder.OrganisationId("mikkeli");
        await app.WithDbAsync(db => db.ContactPersons.Where(c => c.OrganisationId == mikkeli).ExecuteDeleteAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactPersons.CountAsync(c => c.OrganisationId == mikkeli)));

        Assert.Equal(2, (await RunCommandAsync(provider, app.ConnectionString, "restore", "--from", file)).ExitCode); // asks for --yes
        var restored = await RunCommandAsync(provider, app.ConnectionString, "restore", "--from", file, "--yes");
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Equal(2, await app.WithDbAsync(db => db.ContactPersons.CountAsync(c => c.OrganisationId == mikkeli)));
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.DatabaseRestored)));
        // The trail is the backup's, as everything else: what happened after the backup was taken is gone with the restore.
        Assert.False(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.BackupCreated)));
    }

    [Fact]
    public async Task The_admin_adds_and_lists_regions_from_the_command_line()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var added = await RunCommandAsync(DatabaseProvider.Sqlite, app.ConnectionString, "regions", "add", "--slug", "kuvitteela",
            "--name-fi", "Kuvitteelan hyvinvointialue", "--name-sv", "Fiktiva välfärdsområde", "--municipalities", "990:Kuvitteela:Fiktiva,991:Satula");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains("with 2 municipalities", added.Out);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.RegionAdded && a.ActorName == "system")));

        var list = await RunCommandAsync(DatabaseProvider.Sqlite, app.ConnectionString, "regions", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("kuvitteela\tKuvitteelan hyvinvointialue\tfi,sv,en\t990 Kuvitteela, 991 Satula", list.Out);
        Assert.Contains("etela-savo\tEtelä-Savon hyvinvointialue", list.Out);

        var again = await RunCommandAsync(DatabaseProvider.Sqlite, app.ConnectionString, "regions", "add", "--slug", "kuvitteela", "--name-fi", "Toinen", "--municipalities", "993:Uusi");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("region.slug_taken", again.Error);
        var takenCode = await RunCommandAsync(DatabaseProvider.Sqlite, app.ConnectionString, "regions", "add", "--slug", "toinen", "--name-fi", "Toinen", "--municipalities", "491:Mikkeli");
        Assert.Equal(1, takenCode.ExitCode);
        Assert.Contains("region.municipality_code_taken", takenCode.Error);
        var badCode = await RunCommandAsync(DatabaseProvider.Sqlite, app.ConnectionString, "regions", "add", "--slug", "toinen", "--name-fi", "Toinen", "--municipalities", "99:Pieni");
        Assert.Equal(2, badCode.ExitCode);
        Assert.Contains("--municipalities: A municipality code has three digits (99 does not).", badCode.Error);
        Assert.Equal(2, (await RunCommandAsync(DatabaseProvider.Sqlite, app.ConnectionString, "regions", "add", "--slug", "toinen", "--name-fi", "Toinen", "--municipalities", "992")).ExitCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Regions.CountAsync()));
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_backup_fails_clearly_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(TestDatabases.Scratch, $"not-a-backup-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(file, "hello");
        var before = await DatabaseFingerprint.TakeAsync(app);
        var run = await RunCommandAsync(DatabaseProvider.Sqlite, app.ConnectionString, "restore", "--from", file, "--yes");
        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

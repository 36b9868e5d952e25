using Microsoft.Data.Sqlite;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Testing;

/// <summary>
/// A fresh database per test, on either provider, already migrated and seeded (the network and the fictional demo
/// data). Migration and seeding run once per provider into a template; each test gets a copy of it, so tests never
/// share state and need no clean-up between them.
/// </summary>
public static class TestDatabases
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? sqliteTemplate;
    private static bool postgresTemplateReady;
    private const string PostgresTemplate = "perheverkko_template";

    public static async Task<string> CreateAsync(DatabaseProvider provider)
    {
        await EnsureTemplateAsync(provider);
        var name = "t" + Guid.NewGuid().ToString("N")[..16];
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Scratch, name + ".db");
            File.Copy(sqliteTemplate!, file);
            return SqliteConnection(file);
        }
        var server = await PostgresServer.Instance;
        try
        {
            await server.ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {PostgresTemplate}");
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "55006")
        {
            // The template is copied only while nobody is connected to it: the app that seeded it may still have had
            // background work under way when it stopped (the directory catalogue's load). End those sessions, once.
            await EndSessionsOnTemplateAsync(server);
            await server.ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {PostgresTemplate}");
        }
        return server.ConnectionStringFor(name);
    }

    private static Task EndSessionsOnTemplateAsync(PostgresServer server) =>
        server.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{PostgresTemplate}' AND pid <> pg_backend_pid()");

    /// <summary>An empty database (no tables): for tests of migration and of the command line.</summary>
    public static async Task<string> CreateEmptyAsync(DatabaseProvider provider)
    {
        var name = "e" + Guid.NewGuid().ToString("N")[..16];
        if (provider == DatabaseProvider.Sqlite) return SqliteConnection(Path.Combine(Scratch, name + ".db"));
        var server = await PostgresServer.Instance;
        await server.ExecuteAsync($"CREATE DATABASE {name}");
        return server.ConnectionStringFor(name);
    }

    public static string Scratch { get; } = CreateScratch();

    /// <summary>A temporary folder for this test process's SQLite files and mail, removed when the process ends.</summary>
    private static string CreateScratch()
    {
        var folder = Directory.CreateTempSubdirectory("perheverkko-tests-").FullName;
        AfterExit.Run($"rm -rf {AfterExit.Quote(folder)}");
        return folder;
    }

    /// <summary>
    /// Pooled: without a pool every query opened the file anew (reading its schema again) and, being the last
    /// connection of a WAL database, checkpointed and deleted the WAL on closing. A test app closes its pool when disposed.
    /// </summary>
    private static string SqliteConnection(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30, Pooling = true }.ToString();

    private static async Task EnsureTemplateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite ? sqliteTemplate is not null : postgresTemplateReady) return;
        await Gate.WaitAsync();
        try
        {
            if (provider == DatabaseProvider.Sqlite && sqliteTemplate is null)
            {
                var file = Path.Combine(Scratch, "template.db");
                await using (var app = new TestApp(provider, SqliteConnection(file))) app.Server.ToString();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                sqliteTemplate = file;
            }
            else if (provider == DatabaseProvider.Postgres && !postgresTemplateReady)
            {
                var server = await PostgresServer.Instance;
                await server.ExecuteAsync($"DROP DATABASE IF EXISTS {PostgresTemplate}");
                await server.ExecuteAsync($"CREATE DATABASE {PostgresTemplate}");
                await using (var app = new TestApp(provider, server.ConnectionStringFor(PostgresTemplate))) app.Server.ToString();
                Npgsql.NpgsqlConnection.ClearAllPools();
                await EndSessionsOnTemplateAsync(server);
                postgresTemplateReady = true;
            }
        }
        finally { Gate.Release(); }
    }
}

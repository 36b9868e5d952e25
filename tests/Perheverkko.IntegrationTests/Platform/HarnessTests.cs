using System.Net;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

public sealed class HarnessTests
{
    [Theory, BothDatabases]
    public async Task The_app_starts_on_a_seeded_database_and_answers_health(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var providerName = await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));
        Assert.Contains(provider == DatabaseProvider.Sqlite ? "Sqlite" : "Npgsql", providerName);
        var response = await app.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        // Ready: the directory catalogue is loaded too (the probe waits for a load under way).
        var ready = await app.Anonymous().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}

public sealed class MigrationTests
{
    [Theory, BothDatabases]
    public async Task Every_model_change_has_a_migration_for_this_database(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.HasPendingModelChanges(db.Database))),
            "The model has changed since the last migration: run tools/add-migration.sh Name (see docs/development.md).");
    }

    [Theory, BothDatabases]
    public async Task Startup_migrates_an_empty_database_and_seeds_the_network(DatabaseProvider provider)
    {
        await using var app = new TestApp(provider, await TestDatabases.CreateEmptyAsync(provider));
        app.Server.ToString();
        Assert.Equal(12, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Municipalities)));
        Assert.Equal(3, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AgreementVersions)));
    }
}

public sealed class HealthTests
{
    [Fact]
    public async Task Health_answers_503_when_the_database_is_gone()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Postgres);
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        var database = new Npgsql.NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
        Npgsql.NpgsqlConnection.ClearAllPools();
        await (await PostgresServer.Instance).ExecuteAsync($"DROP DATABASE {database} WITH (FORCE)");

        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}

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
    }
}

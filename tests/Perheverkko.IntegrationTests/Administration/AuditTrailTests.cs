using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Administration;

public sealed class AuditTrailTests
{
    [Theory, BothDatabases]
    public async Task Coordinators_filter_the_trail_and_their_reading_is_itself_recorded(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var page = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/audit?event=AccessTokenCreated");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("AccessTokenCreated", i.GetProperty("event").GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.Professional)).GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/audit?event=NoSuchEvent")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.AuditTrailRead && a.Detail == "AccessTokenCreated")));
    }

    [Theory, BothDatabases]
    public async Task The_database_refuses_to_change_or_delete_audit_rows(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var count = await app.WithDbAsync(db => db.AuditRecords.CountAsync());
        Assert.True(count > 0);
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"ActorName\" = 'someone else'")));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\"")));
        Assert.Equal(count, await app.WithDbAsync(db => db.AuditRecords.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.ActorName == "someone else")));
    }
}

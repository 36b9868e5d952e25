using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.Administration;

/// <summary>The audit trail and the outbox are each region's own: a coordinator reads their region's rows only.</summary>
public sealed class RegionTrailTests
{
    [Theory, BothDatabases]
    public async Task The_audit_trail_of_one_region_does_not_list_another_regions_rows(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegion.SeedAsync(app);
        var theirs = await app.ClientForAsync(SecondRegion.CoordinatorEmail);
        var ours = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await CreateAsync(theirs, Activity("Keksityn perhekahvila", SecondRegion.MunicipalityId, null, Weekly("Tuesday", "2030-01-01"),
            organisation: SecondRegion.WellbeingCountyId));
        // A national administrator acting on South Savo's organisation: the row is South Savo's, not the administrator's (national).
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        var organisation = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{NetworkSeeder.OrganisationId("mikkeli")}/staff-view");

        Assert.Single(await ItemsAsync(theirs, $"/api/v1/audit?objectType=Activity&objectId={id}"));
        Assert.Empty(await ItemsAsync(ours, $"/api/v1/audit?objectType=Activity&objectId={id}"));
        Assert.NotEmpty(await ItemsAsync(ours, "/api/v1/audit?event=ContactPersonsRead"));
        Assert.Empty(await ItemsAsync(theirs, "/api/v1/audit?event=ContactPersonsRead"));
        Assert.NotEmpty(await ItemsAsync(admin, $"/api/v1/audit?objectType=Activity&objectId={id}"));
        Assert.True(organisation.TryGetProperty("contactPersons", out _));
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(r => r.Event == AuditEvent.ActivityCreated && r.ObjectId == id.ToString()
            && r.RegionId == SecondRegion.RegionId)));
    }

    [Theory, BothDatabases]
    public async Task The_outbox_of_one_region_does_not_list_another_regions_messages(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegion.SeedAsync(app);
        await app.WithScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            outbox.Enqueue(new EmailMessage(["jasen@etela-savo.example"], "Etelä-Savon kokous", "Tervetuloa."), NetworkSeeder.SouthSavo);
            outbox.Enqueue(new EmailMessage(["jasen@kuvitteellinen.example"], "Kuvitteellisen kokous", "Tervetuloa."), SecondRegion.RegionId);
            await services.GetRequiredService<PerheverkkoDb>().SaveChangesAsync();
        });
        var ours = Summaries(await ItemsAsync(await app.ClientForAsync(DemoUsers.Coordinator), "/api/v1/outbox"));
        var theirs = Summaries(await ItemsAsync(await app.ClientForAsync(SecondRegion.CoordinatorEmail), "/api/v1/outbox"));
        var national = Summaries(await ItemsAsync(await app.ClientForAsync(DemoUsers.Admin), "/api/v1/outbox"));

        Assert.Contains("Etelä-Savon kokous (1)", ours);
        Assert.DoesNotContain("Kuvitteellisen kokous (1)", ours);
        Assert.Equal(["Kuvitteellisen kokous (1)"], theirs);
        Assert.Contains("Etelä-Savon kokous (1)", national);
        Assert.Contains("Kuvitteellisen kokous (1)", national);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray().ToList();

    private static List<string> Summaries(List<JsonElement> items) => items.Select(i => i.GetProperty("summary").GetString()!).ToList();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.IntegrationTests.Administration;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Accounts;

/// <summary>Accounts belong to regions: the region named, the organisation's, or the administrator's own.</summary>
public sealed class AddUserRegionTests
{
    [Theory, BothDatabases]
    public async Task A_new_account_lands_in_the_right_region_and_a_regional_administrator_manages_only_their_own(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegion.SeedAsync(app);
        var national = await app.ClientForAsync(DemoUsers.Admin);

        // With two regions a coordinator without an organisation needs the region named, and a real one.
        var unnamed = await national.PostAsJsonAsync("/api/v1/users", new { email = "k1@kuvitteellinen.example", name = "Kaarlo Koordinoija", role = "Coordinator" });
        Assert.Equal("region.required", await CodeOfAsync(unnamed));
        var unknown = await national.PostAsJsonAsync("/api/v1/users", new { email = "k1@kuvitteellinen.example", name = "Kaarlo Koordinoija", role = "Coordinator", region = "atlantis" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("region.not_found", await CodeOfAsync(unknown));
        var coordinator = await CreatedAsync(national, new { email = "k1@kuvitteellinen.example", name = "Kaarlo Koordinoija", role = "Coordinator", region = SecondRegion.Slug });
        var professional = await CreatedAsync(national, new { email = "a1@kuvitteellinen.example", name = "Aino Ammattilainen", role = "Professional", organisation = SecondRegion.WellbeingCountySlug });
        var regionalAdmin = await CreatedAsync(national, new { email = "y1@etela-savo.example", name = "Ylva Ylläpitäjä", role = "Admin", region = SouthSavoNetwork.RegionSlug });
        Assert.Equal(SecondRegion.RegionId, await RegionOfAsync(app, coordinator));
        Assert.Equal(SecondRegion.RegionId, await RegionOfAsync(app, professional));
        Assert.Equal(NetworkSeeder.SouthSavo, await RegionOfAsync(app, regionalAdmin));

        // South Savo's administrator: the other region's organisation is unknown, and what they add is South Savo's.
        var admin = await app.ClientForAsync("y1@etela-savo.example");
        var foreign = await admin.PostAsJsonAsync("/api/v1/users", new { email = "a2@kuvitteellinen.example", name = "Aapo Ammattilainen", role = "Professional", organisation = SecondRegion.WellbeingCountySlug });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("user.organisation_not_found", await CodeOfAsync(foreign));
        var own = await CreatedAsync(admin, new { email = "k2@etela-savo.example", name = "Kirsi Koordinoija", role = "Coordinator", region = SecondRegion.Slug });
        Assert.Equal(NetworkSeeder.SouthSavo, await RegionOfAsync(app, own));
        // The other region's coordinator does not manage accounts at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(SecondRegion.CoordinatorEmail))
            .PostAsJsonAsync("/api/v1/users", new { email = "x@kuvitteellinen.example", name = "X", role = "Coordinator" })).StatusCode);
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/users", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<Guid?> RegionOfAsync(TestApp app, Guid userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.RegionId).SingleAsync());
}

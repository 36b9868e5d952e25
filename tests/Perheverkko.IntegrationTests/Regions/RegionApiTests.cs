using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Regions;

/// <summary>Regions added by the national administrator, and a region's terms set by its coordinator. The second region is fictional.</summary>
public sealed class RegionApiTests
{
    private const string SouthSavo = SouthSavoNetwork.RegionSlug;

    private static object Kuvitteela(string slug = "kuvitteela", params object[] municipalities) => new
    {
        slug,
        name = new { fi = "Kuvitteelan hyvinvointialue", sv = "Fiktiva välfärdsområde", en = "Kuvitteela Wellbeing Services County" },
        municipalities = municipalities.Length > 0 ? municipalities : [new { code = "990", name = new { fi = "Kuvitteela", sv = "Fiktiva" } },
            new { code = "991", name = new { fi = "Satula" } }],
    };

    private static object Terms(int version, int signingReminderDays = 14, int meetings = 12, string languages = "fi,sv,en") => new
    {
        version, noticeDeadlineMonth = 6, noticeDeadlineDay = 30, endMonth = 12, endDay = 31, leadershipMeetingsPerYear = meetings,
        defaultQuorum = "MoreThanHalf", defaultMinutesApproval = "ByChair", signingReminderDays, languages,
    };

    [Theory, BothDatabases]
    public async Task The_national_admin_adds_a_region_with_its_municipalities_and_nobody_else_may(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync(DemoUsers.Admin);

        var id = await CreatedIdAsync(await admin.PostAsJsonAsync("/api/v1/regions", Kuvitteela()));
        var regions = await app.Anonymous().GetFromJsonAsync<JsonElement[]>("/api/v1/regions");
        Assert.Equal(["etela-savo", "kuvitteela"], regions!.Select(r => r.GetProperty("slug").GetString()));
        var municipalities = await app.WithDbAsync(db => db.Municipalities.Where(m => m.RegionId == id).OrderBy(m => m.Code).ToListAsync());
        Assert.Equal(["990", "991"], municipalities.Select(m => m.Code));
        Assert.Equal(["kuvitteela", "satula"], municipalities.Select(m => m.Slug));
        Assert.Equal("Fiktiva", municipalities[0].Name.Sv);
        var region = await app.WithDbAsync(db => db.Regions.SingleAsync(r => r.Id == id));
        Assert.Equal(Web.Features.Regions.RegionTerms.SouthSavo, region.Terms); // the seed's terms until its coordinator sets its own
        var audit = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Event == AuditEvent.RegionAdded));
        Assert.Equal(id.ToString(), audit.ObjectId);
        Assert.Contains("990 Kuvitteela, 991 Satula", audit.Detail);

        var again = await admin.PostAsJsonAsync("/api/v1/regions", Kuvitteela());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("region.slug_taken", await CodeOfAsync(again));
        var mikkeliAgain = await admin.PostAsJsonAsync("/api/v1/regions", Kuvitteela("toinen", new { code = "491", name = new { fi = "Mikkeli" } }));
        Assert.Equal(HttpStatusCode.Conflict, mikkeliAgain.StatusCode);
        Assert.Equal("region.municipality_code_taken", await CodeOfAsync(mikkeliAgain));
        var twice = await admin.PostAsJsonAsync("/api/v1/regions", Kuvitteela("toinen", new { code = "993", name = new { fi = "A" } }, new { code = "993", name = new { fi = "B" } }));
        Assert.Equal("region.municipality_code_taken", await CodeOfAsync(twice));

        var invalid = await admin.PostAsJsonAsync("/api/v1/regions", new { slug = "Iso Alue", municipalities = new[] { new { code = "99", name = new { fi = "" } } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "slug", "name.fi", "municipalities" }) Assert.True(errors.TryGetProperty(field, out _), field);
        var badTerms = await admin.PostAsJsonAsync("/api/v1/regions", new { slug = "toinen", name = new { fi = "Toinen" }, terms = new { signingReminderDays = 0 },
            municipalities = new[] { new { code = "994", name = new { fi = "Uusi" } } } });
        Assert.Equal("region.reminder_invalid", await CodeOfAsync(badTerms));

        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/regions", Kuvitteela("kolmas"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync("/api/v1/regions", Kuvitteela("kolmas"))).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Regions.CountAsync()));
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_sets_the_regions_terms_which_is_audited_and_refused_when_stale_or_out_of_range(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{SouthSavo}/terms");
        Assert.Equal(1, view.GetProperty("version").GetInt32());
        Assert.Equal(7, view.GetProperty("terms").GetProperty("signingReminderDays").GetInt32());
        Assert.Equal(["EditRegionTerms"], view.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));

        var saved = await coordinator.PutAsJsonAsync($"/api/v1/regions/{SouthSavo}/terms", Terms(1, signingReminderDays: 14, languages: "fi, sv"));
        await OkAsync(saved);
        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var row = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Event == AuditEvent.RegionTermsChanged));
        Assert.Equal("etela-savo: signing reminder days 7 → 14; languages fi,sv,en → fi,sv", row.Detail);
        Assert.Equal(NetworkSeeder.SouthSavo, row.RegionId);
        Assert.Equal("fi,sv", (await app.WithDbAsync(db => db.Regions.SingleAsync(r => r.Slug == SouthSavo))).Terms.Languages);

        var stale = await coordinator.PutAsJsonAsync($"/api/v1/regions/{SouthSavo}/terms", Terms(1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("region.stale", await CodeOfAsync(stale));

        var rhythm = await coordinator.PutAsJsonAsync($"/api/v1/regions/{SouthSavo}/terms", Terms(2, meetings: 13));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rhythm.StatusCode);
        Assert.Equal("region.rhythm_invalid", await CodeOfAsync(rhythm));
        var languages = await coordinator.PutAsJsonAsync($"/api/v1/regions/{SouthSavo}/terms", Terms(2, languages: "sv,fi"));
        Assert.Equal("region.languages_invalid", await CodeOfAsync(languages));
        var empty = await coordinator.PutAsJsonAsync($"/api/v1/regions/{SouthSavo}/terms", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var problem = await empty.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("signingReminderDays", out _));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.RegionTermsChanged)));

        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var readOnly = await representative.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{SouthSavo}/terms");
        Assert.Empty(readOnly.GetProperty("permittedActions").EnumerateArray());
        var refused = await representative.PutAsJsonAsync($"/api/v1/regions/{SouthSavo}/terms", Terms(2));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.AccessDenied && a.Detail == "EditRegionTerms")));

        var unknown = await coordinator.GetAsync("/api/v1/regions/atlantis/terms");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("region.not_found", await CodeOfAsync(unknown));
    }

    [Fact]
    public async Task A_coordinator_of_another_region_finds_neither_the_terms_nor_a_way_to_change_them()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        await CreatedIdAsync(await admin.PostAsJsonAsync("/api/v1/regions", Kuvitteela()));
        await CreatedIdAsync(await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "koordinaattori.kuvitteela@perheverkko.example", name = "Kaija Kuvitelma", role = "Coordinator", region = "kuvitteela" }));
        // With two regions, a national administrator's new records must name theirs.
        var unnamed = await admin.PostAsJsonAsync("/api/v1/organisations", new { slug = "uusi-yhdistys", kind = "Ngo", name = new { fi = "Uusi yhdistys" } });
        Assert.Equal("region.required", await CodeOfAsync(unnamed));
        var other = app.Anonymous();
        other.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync("koordinaattori.kuvitteela@perheverkko.example"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/regions/{SouthSavo}/terms")).StatusCode);
        var put = await other.PutAsJsonAsync($"/api/v1/regions/{SouthSavo}/terms", Terms(1));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(1, (await app.WithDbAsync(db => db.Regions.SingleAsync(r => r.Slug == SouthSavo))).Version);

        // Their own region's terms are theirs to set; the South Savo coordinator finds them no more than they found South Savo's.
        await OkAsync(await other.PutAsJsonAsync("/api/v1/regions/kuvitteela/terms", Terms(1, meetings: 4, languages: "fi")));
        var own = await other.GetFromJsonAsync<JsonElement>("/api/v1/regions/kuvitteela/terms");
        Assert.Equal(4, own.GetProperty("terms").GetProperty("leadershipMeetingsPerYear").GetInt32());
        Assert.Equal(["990", "991"], own.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        var southSavoCoordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await southSavoCoordinator.GetAsync("/api/v1/regions/kuvitteela/terms")).StatusCode);
        Assert.Equal(12, (await app.WithDbAsync(db => db.Regions.SingleAsync(r => r.Slug == SouthSavo))).Terms.LeadershipMeetingsPerYear);
    }
}

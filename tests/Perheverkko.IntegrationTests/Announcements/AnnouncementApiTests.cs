using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Announcements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Announcements.AnnouncementTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Announcements;

/// <summary>
/// Writing and withdrawing announcements (issue #18 item 1): every rule refuses with its code and saves nothing; a
/// representative keeps only their own organisation's; another region's reads as none; the staff form keeps what was
/// typed and withdraws only after a second step.
/// </summary>
public sealed class AnnouncementApiTests
{
    private static async Task<(HttpStatusCode, string)> RefusalAsync(HttpResponseMessage response) => (response.StatusCode, await CodeOfAsync(response));

    [Theory, BothDatabases]
    public async Task Saving_and_withdrawing_keep_every_rule_and_each_organisation_keeps_its_own(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var year = app.NextYear();
        SetNow(app, new DateOnly(year, 3, 1));
        var second = await SecondRegion.SeedAsync(app);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var before = await app.WithDbAsync(db => db.Announcements.CountAsync());

        var kaisla = DirectorySeeder.PlaceId("kohtaamispaikka-kaisla");
        var id = await WriteAsync(mikkeli, Body("Vauvaryhmä alkaa", Mikkeli, $"{year}-03-02", $"{year}-03-31", "09:00", linkKind: "MeetingPlace", linkId: kaisla));
        var saved = await app.WithDbAsync(db => db.Announcements.SingleAsync(a => a.Id == id));
        Assert.Equal((Mikkeli, DirectoryLinkKind.MeetingPlace, kaisla), (saved.MunicipalityId!.Value, saved.LinkKind!.Value, saved.LinkId!.Value));
        // Helsinki local 9:00 in March is 7:00 UTC; the end without a time is the day's 23:59.
        Assert.Equal((new DateTime(year, 3, 2, 7, 0, 0), new DateTime(year, 3, 31, 20, 59, 0)), (saved.PublishFrom, saved.PublishUntil!.Value));
        Assert.Equal("Vauvaryhmä alkaa (sv)", saved.Title.Sv);

        // Every rule refuses with its code, and nothing is saved.
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.ends_before_start"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Väärin päin", Mikkeli, $"{year}-03-10", $"{year}-03-09"))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.ends_before_start"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Yhtä aikaa", Mikkeli, $"{year}-03-10", $"{year}-03-10", "12:00", "12:00"))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.link_not_found"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Tuntematon", Mikkeli, $"{year}-03-10", linkKind: "Service", linkId: Guid.NewGuid()))));
        // Another region's published activity, and a draft of our own, are not linked to.
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.link_not_found"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Vieras", Mikkeli, $"{year}-03-10", linkKind: "Activity", linkId: SecondRegion.PublishedActivityId))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.link_not_found"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Luonnos", Mikkeli, $"{year}-03-10", linkKind: "Activity", linkId: DirectorySeeder.ActivityId("satutuokio-mikkeli")))));
        // The right item under the wrong kind is no link either.
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.link_not_found"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Väärä laji", Mikkeli, $"{year}-03-10", linkKind: "Service", linkId: kaisla))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.municipality_not_in_region"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Muualla", SecondRegion.MunicipalityId, $"{year}-03-10"))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "announcement.organisation_invalid"),
            await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/announcements", Body("Toisen alueen nimissä", null, $"{year}-03-10", organisationId: SecondRegion.WellbeingCountyId))));
        // A representative writes only for their own organisation.
        Assert.Equal(HttpStatusCode.Forbidden,
            (await savonlinna.PostAsJsonAsync("/api/v1/announcements", Body("Mikkelin nimissä", Mikkeli, $"{year}-03-10", organisationId: AnnouncementTestDataIds.MikkeliCity))).StatusCode);
        var nul = await mikkeli.PostAsJsonAsync("/api/v1/announcements", Body("Nolla\u0000merkki", Mikkeli, $"{year}-03-10"));
        var nulProblem = JsonDocument.Parse(await nul.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation.failed"), (nul.StatusCode, nulProblem.GetProperty("code").GetString()));
        var nulErrors = nulProblem.GetProperty("errors");
        Assert.Contains("control or direction characters", Assert.Single(nulErrors.GetProperty("title.fi").EnumerateArray()).GetString());
        var missing = await mikkeli.PostAsJsonAsync("/api/v1/announcements", new { title = new { fi = "" } });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation.failed"), await RefusalAsync(missing));
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Announcements.CountAsync()));

        // Another organisation's representative may read but not change or withdraw it: 403 and nothing changes.
        var view = await savonlinna.GetFromJsonAsync<JsonElement>($"/api/v1/announcements/{id}");
        Assert.False(view.GetProperty("mayEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PutAsJsonAsync($"/api/v1/announcements/{id}", Body("Kaapattu", Mikkeli, $"{year}-03-02", version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PostAsJsonAsync($"/api/v1/announcements/{id}/withdrawal", new { version = 1 })).StatusCode);
        var untouched = await app.WithDbAsync(db => db.Announcements.SingleAsync(a => a.Id == id));
        Assert.Equal(("Vauvaryhmä alkaa", 1, (DateTime?)null), (untouched.Title.Fi, untouched.Version, untouched.WithdrawnAt));
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(e => e.Event == AuditEvent.AccessDenied && e.ObjectId == id.ToString())));
        // Another region's staff do not find it at all.
        var stranger = await second.CoordinatorClientAsync();
        Assert.Equal((HttpStatusCode.NotFound, "announcement.not_found"), await RefusalAsync(await stranger.GetAsync($"/api/v1/announcements/{id}")));
        Assert.Equal((HttpStatusCode.NotFound, "announcement.not_found"),
            await RefusalAsync(await stranger.PutAsJsonAsync($"/api/v1/announcements/{id}", Body("Kaapattu", null, $"{year}-03-02", version: 1))));
        Assert.Equal((HttpStatusCode.NotFound, "announcement.not_found"),
            await RefusalAsync(await stranger.PostAsJsonAsync($"/api/v1/announcements/{id}/withdrawal", new { version = 1 })));
        Assert.DoesNotContain(id.ToString(), await stranger.GetStringAsync("/api/v1/announcements"));

        // The coordinator changes any of the region's; an old version is refused.
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/announcements/{id}", Body("Vauvaryhmä alkaa maanantaina", null, $"{year}-03-02", version: 1)));
        Assert.Equal((HttpStatusCode.Conflict, "announcement.stale"),
            await RefusalAsync(await mikkeli.PutAsJsonAsync($"/api/v1/announcements/{id}", Body("Vanha", Mikkeli, $"{year}-03-02", version: 1))));
        var list = await mikkeli.GetFromJsonAsync<JsonElement>("/api/v1/announcements");
        var row = list.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(("Scheduled", true), (row.GetProperty("state").GetString(), row.GetProperty("mayEdit").GetBoolean()));

        // Withdrawn: gone for good, neither changed nor withdrawn again.
        await OkAsync(await mikkeli.PostAsJsonAsync($"/api/v1/announcements/{id}/withdrawal", new { version = 2 }));
        Assert.Equal((HttpStatusCode.Conflict, "announcement.withdrawn"),
            await RefusalAsync(await mikkeli.PostAsJsonAsync($"/api/v1/announcements/{id}/withdrawal", new { version = 3 })));
        Assert.Equal((HttpStatusCode.Conflict, "announcement.withdrawn"),
            await RefusalAsync(await mikkeli.PutAsJsonAsync($"/api/v1/announcements/{id}", Body("Uudestaan", Mikkeli, $"{year}-03-02", version: 3))));
        Assert.Equal("Withdrawn", (await mikkeli.GetFromJsonAsync<JsonElement>($"/api/v1/announcements/{id}")).GetProperty("state").GetString());
        var events = await app.WithDbAsync(db => db.AuditRecords.Where(e => e.ObjectId == id.ToString()).Select(e => e.Event).ToListAsync());
        Assert.Equal(2, events.Count(e => e == AuditEvent.AnnouncementSaved));
        Assert.Single(events, AuditEvent.AnnouncementWithdrawn);
    }

    [Theory, BothDatabases]
    public async Task The_staff_form_keeps_typed_input_on_a_refusal_and_withdraws_only_after_confirming(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var year = app.NextYear();
        SetNow(app, new DateOnly(year, 3, 1));
        var rep = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(rep, DemoUsers.MikkeliRepresentative)).StatusCode);
        Assert.Contains("href=\"/staff/announcements\"", await rep.GetStringAsync("/staff"));
        var before = await app.WithDbAsync(db => db.Announcements.CountAsync());

        var fields = new Dictionary<string, string>
        {
            ["Input.MunicipalityId"] = Mikkeli.ToString(), ["Input.Title.Fi"] = "Kevään perhekahvila", ["Input.Title.Sv"] = "Vårens familjecafé",
            ["Input.Body.Fi"] = "Joka tiistai klo 10.", ["Input.Link"] = $"MeetingPlace:{DirectorySeeder.PlaceId("kohtaamispaikka-kaisla")}",
            ["Input.PublishFromDate"] = $"{year}-03-10", ["Input.PublishFromTime"] = "08:30", ["Input.PublishUntilDate"] = $"{year}-03-09",
        };
        var failed = await Forms.PostAsync(rep, "/staff/announcements/new", fields, "/staff/announcements/new?handler=Save");
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var html = WebUtility.HtmlDecode(await failed.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Input_PublishUntilDate_error\" class=\"field-error\">[^<]+<", html);
        Assert.Contains("value=\"Kevään perhekahvila\"", html);
        Assert.Contains("value=\"Vårens familjecafé\"", html);
        Assert.Contains("Joka tiistai klo 10.", html);
        Assert.Contains($"value=\"{year}-03-10\"", html);
        Assert.Contains("value=\"08:30\"", html);
        Assert.Matches($"value=\"MeetingPlace:{DirectorySeeder.PlaceId("kohtaamispaikka-kaisla")}\" selected=\"selected\"", html);
        Assert.Equal(before, await app.WithDbAsync(db => db.Announcements.CountAsync()));

        // Without the antiforgery token the post is refused.
        fields["Input.PublishUntilDate"] = $"{year}-03-20";
        var forged = await rep.PostAsync("/staff/announcements/new?handler=Save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Announcements.CountAsync()));

        var saved = await Forms.PostAsync(rep, "/staff/announcements/new", fields, "/staff/announcements/new?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = saved.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(page.Split('/').Last());
        Assert.Contains("Kevään perhekahvila", await rep.GetStringAsync("/staff/announcements"));
        Assert.Contains($"href=\"/staff/announcements/{id}\" aria-label", await rep.GetStringAsync("/staff/announcements"));

        // Savonlinna's representative sees it without an edit link or form, and a forged post is refused.
        var other = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(other, DemoUsers.SavonlinnaRepresentative);
        Assert.DoesNotContain($"href=\"/staff/announcements/{id}\" aria-label", await other.GetStringAsync("/staff/announcements"));
        Assert.DoesNotContain("handler=Save", await other.GetStringAsync(page));
        var refused = await Forms.PostAsync(other, page, new Dictionary<string, string> { ["Version"] = "1", ["Confirm"] = "true" }, $"{page}?handler=Withdraw");
        Assert.Contains("/staff/denied", refused.Headers.Location?.OriginalString ?? "");
        Assert.Null((await app.WithDbAsync(db => db.Announcements.SingleAsync(a => a.Id == id))).WithdrawnAt);

        // Withdrawing asks first; only the second step withdraws.
        var asked = await Forms.PostAsync(rep, page, new Dictionary<string, string> { ["Version"] = "1" }, $"{page}?handler=Withdraw");
        Assert.Contains("Vahvista peruminen", WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync()));
        Assert.Null((await app.WithDbAsync(db => db.Announcements.SingleAsync(a => a.Id == id))).WithdrawnAt);
        var withdrawn = await Forms.PostAsync(rep, page, new Dictionary<string, string> { ["Version"] = "1", ["Confirm"] = "true" }, $"{page}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.NotNull((await app.WithDbAsync(db => db.Announcements.SingleAsync(a => a.Id == id))).WithdrawnAt);
        Assert.Contains("Peruttu", WebUtility.HtmlDecode(await rep.GetStringAsync(page)));
    }
}

internal static class AnnouncementTestDataIds
{
    public static readonly Guid MikkeliCity = Web.Features.Organisations.NetworkSeeder.OrganisationId("mikkeli");
}

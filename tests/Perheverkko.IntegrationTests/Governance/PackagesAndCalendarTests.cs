using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>Items for the parties' decision-making on the organisations' pages, the personal calendar feed and the year view.</summary>
public sealed class PackagesAndCalendarTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    /// <summary>The Mikkeli representative is a member; a meeting on 12 January next year with the given item is invited.</summary>
    private static async Task<(Guid Meeting, Guid Item)> InvitedMeetingAsync(TestApp app, HttpClient coordinator, string kind)
    {
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative), organisationId = Mikkeli, role = "Member", from }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = app.NextYearOn(1, 12).Iso(), startTime = "09:00:00", endTime = "11:00:00", mode = "Remote", videoLink = "https://video.example/lnp" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = "Perhekeskussuunnitelma 2027–2029", kind }));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null));
        return (meeting, item);
    }

    [Theory, BothDatabases]
    public async Task An_item_for_the_parties_decision_making_becomes_a_package_each_party_marks_handled_for_itself_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var year = app.NextYear();
        var (meeting, item) = await InvitedMeetingAsync(app, coordinator, "ForPartiesDecisionMaking");
        await CreatedIdAsync(await AgendaDocumentTests.UploadAsync(coordinator, item, "suunnitelma.pdf", "application/pdf", AgendaDocumentTests.Pdf));
        app.Clock.SetUtcNow(new DateTimeOffset(year, 1, 12, 9, 0, 0, TimeSpan.Zero));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{item}/minutes",
            new { decision = "Johtoryhmä puoltaa suunnitelman hyväksymistä osapuolten toimielimissä." }));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null));

        var mikkeliRep = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var packages = $"/api/v1/organisations/{Mikkeli}/decision-packages";
        Assert.Empty((await mikkeliRep.GetFromJsonAsync<JsonElement>(packages)).GetProperty("packages").EnumerateArray()); // not before approval
        await OkAsync(await (await app.ClientForAsync(DemoUsers.Admin)).PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null));

        var view = await mikkeliRep.GetFromJsonAsync<JsonElement>(packages);
        Assert.True(view.GetProperty("mayRecord").GetBoolean());
        var package = Assert.Single(view.GetProperty("packages").EnumerateArray());
        Assert.Equal($"§ 1/{year}", package.GetProperty("decisionNumber").GetString());
        Assert.Equal("Johtoryhmä puoltaa suunnitelman hyväksymistä osapuolten toimielimissä.", package.GetProperty("statement").GetString());
        Assert.Equal("suunnitelma.pdf", Assert.Single(package.GetProperty("documents").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(JsonValueKind.Null, package.GetProperty("handledOn").ValueKind);

        // Savonlinna records its own handling, not Mikkeli's.
        var savonlinnaRep = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var handled = new { handledOn = $"{year}-03-12", reference = $"Perusturvalautakunta 12.3.{year} § 45" };
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinnaRep.PutAsJsonAsync($"{packages}/{item}", handled)).StatusCode);
        await OkAsync(await savonlinnaRep.PutAsJsonAsync($"/api/v1/organisations/{Savonlinna}/decision-packages/{item}", handled));
        Assert.Equal(JsonValueKind.Null, Assert.Single((await mikkeliRep.GetFromJsonAsync<JsonElement>(packages)).GetProperty("packages").EnumerateArray())
            .GetProperty("handledOn").ValueKind);

        Assert.Equal("package.handled_before_meeting", await CodeOfAsync(await mikkeliRep.PutAsJsonAsync($"{packages}/{item}", new { handledOn = $"{year}-01-11", reference = "Kh § 1" })));
        Assert.Equal("validation.failed", await CodeOfAsync(await mikkeliRep.PutAsJsonAsync($"{packages}/{item}", new { handledOn = $"{year}-03-01" })));
        Assert.Equal("package.not_found", await CodeOfAsync(await mikkeliRep.PutAsJsonAsync($"{packages}/{Guid.NewGuid()}", handled)));
        await OkAsync(await mikkeliRep.PutAsJsonAsync($"{packages}/{item}", new { handledOn = $"{year}-02-20", reference = $"Kaupunginhallitus 20.2.{year} § 12" }));
        var mine = Assert.Single((await mikkeliRep.GetFromJsonAsync<JsonElement>(packages)).GetProperty("packages").EnumerateArray());
        Assert.Equal($"{year}-02-20", mine.GetProperty("handledOn").GetString());
        Assert.Equal(2, await app.WithDbAsync(db => db.OrganHandlings.CountAsync()));

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        var page = await browser.GetStringAsync($"/staff/organisations/{Mikkeli}");
        Assert.Contains("Osapuolten päätöksentekoon", page);
        Assert.Contains($"Käsitelty 20.2.{year}: Kaupunginhallitus 20.2.{year} § 12.", page);
        var saved = await Forms.PostAsync(browser, $"/staff/organisations/{Mikkeli}", new Dictionary<string, string>
        {
            ["Handling.ItemId"] = item.ToString(), ["Handling.HandledOn"] = $"{year}-02-21", ["Handling.Reference"] = $"Kaupunginhallitus 21.2.{year} § 13",
        }, $"/staff/organisations/{Mikkeli}?handler=Handling");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"Käsitelty 21.2.{year}: Kaupunginhallitus 21.2.{year} § 13.", await browser.GetStringAsync($"/staff/organisations/{Mikkeli}"));
    }

    [Theory, BothDatabases]
    public async Task A_member_subscribes_to_their_meetings_at_a_secret_address_that_is_stored_hashed_and_can_be_revoked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var nextYear = app.NextYear();
        var (meeting, _) = await InvitedMeetingAsync(app, coordinator, "Decision");
        var planned = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = $"{nextYear}-02-09", startTime = "09:00:00", endTime = "11:00:00", mode = "Remote" }));

        // The profile page makes the address and shows it once.
        async Task<HttpClient> BrowserAsync(string email)
        {
            var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await Forms.SignInAsync(browser, email);
            return browser;
        }
        async Task<Uri> MakeFeedAsync(HttpClient browser)
        {
            var html = await (await Forms.PostAsync(browser, "/staff/profile", new Dictionary<string, string>(), "/staff/profile?handler=CreateCalendarFeed"))
                .Content.ReadAsStringAsync();
            Assert.Contains("Kalenterisyötteen osoite on tehty.", html);
            return new Uri(System.Text.RegularExpressions.Regex.Match(html, "https?://[^<\"]+/calendar/cal_[A-Za-z0-9_-]+\\.ics").Value);
        }
        var member = await BrowserAsync(DemoUsers.MikkeliRepresentative);
        var url = await MakeFeedAsync(member);
        Assert.DoesNotContain("/calendar/cal_", await member.GetStringAsync("/staff/profile"));
        var token = url.AbsolutePath["/calendar/".Length..^".ics".Length];
        var stored = await app.WithDbAsync(db => db.CalendarFeeds.SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored.TokenHash);

        var anonymous = app.Anonymous();
        var feed = await anonymous.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var e = Assert.Single(calendar.Events); // the planned meeting is the preparers' until it is sent
        Assert.Equal(MeetingCalendar.Uid(meeting), e.Uid);
        Assert.DoesNotContain(calendar.Events, x => x.Uid == MeetingCalendar.Uid(planned));
        Assert.Equal(new DateTime(nextYear, 1, 12, 7, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);

        // Another person's feed does not show this member's groups; a new address replaces the old; revoking ends it.
        var otherUrl = await MakeFeedAsync(await BrowserAsync(DemoUsers.SavonlinnaRepresentative));
        Assert.Empty(Calendar.Load(await anonymous.GetStringAsync(otherUrl.PathAndQuery))!.Events);
        var replaced = await MakeFeedAsync(member);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(replaced.PathAndQuery)).StatusCode);
        var revoked = await (await Forms.PostAsync(member, "/staff/profile", new Dictionary<string, string>(), "/staff/profile?handler=RevokeCalendarFeed")).Content.ReadAsStringAsync();
        Assert.Contains("Kalenterisyöte poistettu käytöstä.", revoked);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(replaced.PathAndQuery)).StatusCode);

        // The year view lists every group's meetings.
        var browser = member;
        var year = await browser.GetStringAsync($"/staff/meetings?year={nextYear}");
        Assert.Contains($"/staff/meetings/{meeting}", year);
        Assert.Contains($"/staff/meetings/{planned}", year);
        Assert.Contains("Tammikuu", year);
        Assert.DoesNotContain($"/staff/meetings/{meeting}", await browser.GetStringAsync($"/staff/meetings?year={nextYear - 1}"));
    }
}

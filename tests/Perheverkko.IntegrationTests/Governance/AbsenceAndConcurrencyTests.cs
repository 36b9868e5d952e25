using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>"I cannot come" tells the deputy once; two people editing the same meeting do not overwrite each other silently.</summary>
public sealed class AbsenceAndConcurrencyTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    /// <summary>The Mikkeli representative is a member of the leadership group with a deputy; a meeting of it on 12 January next year (9–11) is invited.</summary>
    private static async Task<(Guid Meeting, Guid Item, Guid Member, Guid Deputy)> InvitedMeetingAsync(TestApp app, HttpClient coordinator)
    {
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var member = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative), organisationId = Mikkeli, role = "Member", from }));
        var deputy = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Ville Varamies", email = "ville@perheverkko.example", organisationId = Mikkeli, role = "Deputy", deputyForId = member, from }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = app.NextYearOn(1, 12).Iso(), startTime = "09:00:00", endTime = "11:00:00", mode = "Remote" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = "Talousarvio", kind = "Decision" }));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null)).StatusCode);
        return (meeting, item, member, deputy);
    }

    /// <summary>The subjects of the mails to the deputy other than the invitation.</summary>
    private static async Task<List<string>> DeputyMailsAsync(TestApp app) =>
        (await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Payload.Contains("ville@perheverkko.example") && !m.Payload.Contains("kutsu.ics"))
            .Select(m => m.Payload).ToListAsync()))
        .Select(p => JsonSerializer.Deserialize<EmailMessage>(p, JsonSerializerOptions.Web)!.Subject).ToList();

    [Theory, BothDatabases]
    public async Task A_member_who_cannot_come_has_their_deputy_expected_and_told_once_and_attendance_defaults_to_the_deputy(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var day = app.NextYearOn(1, 12);
        var (meeting, _, member, deputy) = await InvitedMeetingAsync(app, coordinator);
        var rep = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);

        var before = await rep.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        Assert.Contains("ReportAbsence", before.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        var reported = await rep.PostAsync($"/api/v1/meetings/{meeting}/absence", null);
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal(["Ville Varamies"], (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deputiesNotified").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await rep.PostAsync($"/api/v1/meetings/{meeting}/absence", null)).StatusCode); // said twice
        var mails = await DeputyMailsAsync(app);
        Assert.StartsWith("Varajäsenenä kokoukseen", Assert.Single(mails));

        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        var absence = Assert.Single(view.GetProperty("absences").EnumerateArray());
        Assert.Equal(member, absence.GetProperty("membershipId").GetGuid());
        Assert.Equal(deputy, Assert.Single(absence.GetProperty("expectedDeputies").EnumerateArray()).GetProperty("membershipId").GetGuid());

        // Someone who is not a member of the group cannot report an absence.
        var other = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        Assert.Equal("absence.not_a_member", await CodeOfAsync(await other.PostAsync($"/api/v1/meetings/{meeting}/absence", null)));

        // Withdrawn: the deputy hears they are not needed; reported again, they are told again.
        Assert.Equal(HttpStatusCode.OK, (await rep.DeleteAsync($"/api/v1/meetings/{meeting}/absence")).StatusCode);
        Assert.Single(await DeputyMailsAsync(app), s => s.StartsWith("Varajäsentä ei tarvita", StringComparison.Ordinal));
        Assert.Empty((await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}")).GetProperty("absences").EnumerateArray());

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        var page = $"/staff/meetings/{meeting}";
        Assert.Contains("En pääse kokoukseen", await browser.GetStringAsync(page));
        var html = await (await Forms.PostAsync(browser, page, new Dictionary<string, string>(), $"{page}?handler=Absent")).Content.ReadAsStringAsync();
        Assert.Contains("Olet ilmoittanut, ettet pääse kokoukseen.", html);
        Assert.Contains("varajäsen Ville Varamies odotetaan paikalle", html);
        Assert.Contains("Pääsenkin kokoukseen", html);
        Assert.Equal(3, (await DeputyMailsAsync(app)).Count);

        // At the meeting the secretary's attendance form already says the deputy attends for the member.
        app.SetHelsinkiTime(day, 9, 30);
        var secretary = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(secretary, DemoUsers.Coordinator);
        Assert.Equal(HttpStatusCode.NoContent, (await (await app.ClientForAsync(DemoUsers.Coordinator)).PostAsync($"/api/v1/meetings/{meeting}/held", null)).StatusCode);
        var form = await secretary.GetStringAsync(page);
        Assert.Contains($"<option value=\"{deputy}\" selected=\"selected\">", form);
        Assert.Equal("absence.meeting_not_open", await CodeOfAsync(await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).DeleteAsync($"/api/v1/meetings/{meeting}/absence")));
        await MailFormat.AssertWellFormedAsync(app); // the invitations and the deputy's mails
    }

    [Theory, BothDatabases]
    public async Task An_agenda_or_minutes_change_made_from_an_old_version_is_refused_as_stale_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var chair = await app.ClientForAsync(DemoUsers.Admin);
        var day = app.NextYearOn(1, 12);
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships", new
        {
            name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Member",
            from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1),
        }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day.Iso(), startTime = "09:00:00", endTime = "11:00:00", mode = "Remote" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = "Talousarvio", kind = "Decision" }));
        var opened = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}")).GetProperty("version").GetInt32();

        // Two people open the agenda at the same version; the first save wins, the second is told.
        Assert.Equal(HttpStatusCode.NoContent, (await chair.PutAsJsonAsync($"/api/v1/agenda-items/{item}",
            new { title = "Talousarvio 2027", kind = "Decision", version = opened })).StatusCode);
        var stale = await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{item}", new { title = "Budjetti", kind = "Decision", version = opened });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("meeting.stale", await CodeOfAsync(stale));
        Assert.Equal("Talousarvio 2027", await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == item).Select(i => i.Title).SingleAsync()));

        // The same for the minutes, through the API and through the page's form.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null)).StatusCode);
        app.SetHelsinkiTime(day, 11);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null)).StatusCode);
        var current = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}")).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await chair.PutAsJsonAsync($"/api/v1/agenda-items/{item}/minutes",
            new { decision = "Hyväksyttiin.", version = current })).StatusCode);
        Assert.Equal("meeting.stale", await CodeOfAsync(await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{item}/minutes",
            new { decision = "Hylättiin.", version = current })));

        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, DemoUsers.Coordinator);
        var page = $"/staff/meetings/{meeting}";
        var html = await (await Forms.PostAsync(browser, page, new Dictionary<string, string>
        {
            ["Minutes.ItemId"] = item.ToString(), ["Minutes.Decision"] = "Hylättiin.", ["Minutes.Version"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"{page}?handler=ItemMinutes")).Content.ReadAsStringAsync();
        Assert.Contains("Joku muu muutti kokousta sen jälkeen, kun avasit sivun.", html);
        Assert.Equal("Hyväksyttiin.", await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == item).Select(i => i.Decision).SingleAsync()));
    }
}

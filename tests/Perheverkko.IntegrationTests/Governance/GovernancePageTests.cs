using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>The staff pages post the same use cases as the API: the coordinator writes the agenda and sends it from the meeting page.</summary>
public sealed class GovernancePageTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);

    private static async Task<HttpClient> BrowserAsync(TestApp app, string email)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser, email)).StatusCode);
        return browser;
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_adds_an_item_and_sends_the_agenda_from_the_meeting_page_and_others_see_no_send_button(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var day = app.NextYearOn(1, 12);
        var meeting = await app.WithDbAsync(async db =>
        {
            var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == Leadership);
            group.AddMembership(new PersonRef(null, "Anna Esimerkki", "anna@perheverkko.example"), Web.Features.Organisations.NetworkSeeder.OrganisationId("mikkeli"),
                MembershipRole.Member, null, new DateOnly(2020, 1, 1), null, DateTime.UtcNow);
            var planned = Meeting.Plan(Guid.CreateVersion7(), Leadership, day.HelsinkiUtc(9), day.HelsinkiUtc(11), MeetingMode.Remote, null,
                "https://video.example/lnp", DateTime.UtcNow);
            db.Meetings.Add(planned);
            await db.SaveChangesAsync();
            return planned.Id;
        });
        var page = $"/staff/meetings/{meeting}";

        var coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        var html = await coordinator.GetStringAsync(page);
        Assert.Contains("Lähetä kokouskutsu", html);

        var refused = await Forms.PostAsync(coordinator, page, new Dictionary<string, string>(), $"{page}?handler=Send");
        Assert.Contains("Asialistalla ei ole asioita", await refused.Content.ReadAsStringAsync());

        var added = await Forms.PostAsync(coordinator, page, new Dictionary<string, string>
        {
            ["Item.Title"] = "Kehittäjäverkostojen kuulumiset", ["Item.Kind"] = "Information", ["Item.Description"] = "*Lyhyesti*",
        }, $"{page}?handler=AddItem");
        var addedHtml = await added.Content.ReadAsStringAsync();
        Assert.Contains("Kehittäjäverkostojen kuulumiset", addedHtml);
        Assert.Contains("<em>Lyhyesti</em>", addedHtml);

        var sent = await Forms.PostAsync(coordinator, page, new Dictionary<string, string>(), $"{page}?handler=Send");
        Assert.Contains("Kutsu on jonossa lähetettäväksi 1 vastaanottajalle.", await sent.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));

        var professional = await BrowserAsync(app, DemoUsers.Professional);
        var theirs = await professional.GetStringAsync(page);
        Assert.Contains("Kehittäjäverkostojen kuulumiset", theirs); // sent, so invitees and the parties' staff see it
        Assert.DoesNotContain("Lähetä", theirs);
        Assert.Contains("Anna Esimerkki", await professional.GetStringAsync($"/staff/groups/{Leadership}"));
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_names_a_member_and_a_deputy_on_the_group_page_and_a_deputy_of_self_is_refused_in_Finnish(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var page = $"/staff/groups/{Leadership}";
        var mikkeli = Web.Features.Organisations.NetworkSeeder.OrganisationId("mikkeli").ToString();
        var coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        Assert.Contains("Lisää jäsen tai varajäsen", await coordinator.GetStringAsync(page));

        var added = await Forms.PostAsync(coordinator, page, new Dictionary<string, string>
        {
            ["Member.Name"] = "Anna Esimerkki", ["Member.Email"] = "anna@perheverkko.example", ["Member.OrganisationId"] = mikkeli,
            ["Member.Role"] = "Member", ["Member.From"] = "2020-01-01",
        }, $"{page}?handler=AddMember");
        Assert.Contains("Jäsenyys lisätty.", await added.Content.ReadAsStringAsync());
        var anna = await app.WithDbAsync(db => db.Memberships.Where(m => m.Person.Email == "anna@perheverkko.example").Select(m => m.Id).SingleAsync());

        var self = await Forms.PostAsync(coordinator, page, new Dictionary<string, string>
        {
            ["Member.Name"] = "Anna Esimerkki", ["Member.Email"] = "anna@perheverkko.example", ["Member.OrganisationId"] = mikkeli,
            ["Member.Role"] = "Deputy", ["Member.DeputyForId"] = anna.ToString(), ["Member.From"] = "2020-01-01",
        }, $"{page}?handler=AddMember");
        Assert.Contains("Jäsen ei voi olla oma varajäsenensä.", await self.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync()));

        var professional = await BrowserAsync(app, DemoUsers.Professional);
        Assert.DoesNotContain("Lisää jäsen tai varajäsen", await professional.GetStringAsync(page));
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_records_the_meeting_and_drafts_the_minutes_on_the_page_and_only_the_chair_sees_the_approve_button(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var thisYear = app.Clock.GetUtcNow().Year;
        var period = SeedIds.For("agreement-version", thisYear is >= 2026 and <= 2029 ? "2026-2029" : "2024-2025");
        var mikkeli = Web.Features.Organisations.NetworkSeeder.OrganisationId("mikkeli");
        var day = app.NextYearOn(1, 12);
        var (meeting, anna, ville, item) = await app.WithDbAsync(async db =>
        {
            var group = await db.Groups.Include(g => g.Memberships).Include(g => g.Roles).SingleAsync(g => g.Id == Leadership);
            var member = group.AddMembership(new PersonRef(null, "Anna Esimerkki", "anna@perheverkko.example"), mikkeli, MembershipRole.Member, null,
                new DateOnly(2020, 1, 1), null, DateTime.UtcNow);
            var deputy = group.AddMembership(new PersonRef(null, "Ville Varamies", "ville@perheverkko.example"), mikkeli, MembershipRole.Deputy, member.Id,
                new DateOnly(2020, 1, 1), null, DateTime.UtcNow);
            group.AssignRole(GroupRoleKind.Chair, period, new PersonRef(SeedIds.For("user", DemoUsers.MikkeliRepresentative), "Pia Puheenjohtaja",
                DemoUsers.MikkeliRepresentative), DateTime.UtcNow);
            var invited = Meeting.Plan(Guid.CreateVersion7(), Leadership, day.HelsinkiUtc(9), day.HelsinkiUtc(11), MeetingMode.Remote, null,
                "https://video.example/lnp", DateTime.UtcNow);
            var agendaItem = invited.AddAgendaItem($"Toimintasuunnitelma {day.Year}", AgendaItemKind.Decision, null, null, null, DateTime.UtcNow);
            invited.SendInvitation(2, DateTime.UtcNow);
            db.Meetings.Add(invited);
            await db.SaveChangesAsync();
            return (invited.Id, member.Id, deputy.Id, agendaItem.Id);
        });
        var page = $"/staff/meetings/{meeting}";
        async Task<string> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields) =>
            await (await Forms.PostAsync(client, page, fields, $"{page}?handler={handler}")).Content.ReadAsStringAsync();

        var coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        var groupPage = $"/staff/groups/{Leadership}";
        Assert.Contains("Yli puolet jäsenistä paikalla", await coordinator.GetStringAsync(groupPage));
        var quorum = await Forms.PostAsync(coordinator, groupPage, new Dictionary<string, string> { ["Quorum"] = "AtLeastTwoThirds" }, $"{groupPage}?handler=Quorum");
        Assert.Contains("Päätösvaltaisuuden raja tallennettu.", await quorum.Content.ReadAsStringAsync());
        Assert.Equal(QuorumThreshold.AtLeastTwoThirds, await app.WithDbAsync(db => db.Groups.Where(g => g.Id == Leadership).Select(g => g.Quorum).SingleAsync()));

        Assert.Contains("Kirjaa kokous pidetyksi", await coordinator.GetStringAsync(page));
        Assert.Contains("Kokousta ei voi kirjata pidetyksi ennen kuin se on alkanut.", await PostAsync(coordinator, "Held", []));
        // The meeting day comes; a sign-in cookie does not last that long, so the coordinator signs in again.
        app.SetHelsinkiTime(day, 10);
        coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        Assert.Contains("Kokous on kirjattu pidetyksi.", await PostAsync(coordinator, "Held", []));

        var attended = await PostAsync(coordinator, "Attendance", new()
        {
            ["Rows[0].MembershipId"] = anna.ToString(), ["Rows[0].Choice"] = ville.ToString(), ["Guests"] = "Greta Vieras\n",
        });
        Assert.Contains("Läsnäolo tallennettu.", attended);
        Assert.Contains("Kokous on päätösvaltainen: paikalla 1/1", attended);
        Assert.Contains("Ville Varamies (varajäsenenä jäsenen Anna Esimerkki sijasta)", attended);

        var recorded = await PostAsync(coordinator, "ItemMinutes", new()
        {
            ["Minutes.ItemId"] = item.ToString(), ["Minutes.Discussion"] = "Käytiin läpi.", ["Minutes.Decision"] = "Hyväksyttiin.",
        });
        Assert.Contains("Asian pöytäkirjamerkinnät tallennettu.", recorded);
        var drafted = await PostAsync(coordinator, "Draft", []);
        Assert.Contains("Pöytäkirjaluonnos laadittu; 1 päätöstä numeroitiin.", drafted);
        Assert.Contains($"§ 1/{day.Year}", drafted);
        Assert.DoesNotContain("Hyväksy pöytäkirja", drafted);

        var chair = await BrowserAsync(app, DemoUsers.MikkeliRepresentative);
        Assert.Contains("Hyväksy pöytäkirja", await chair.GetStringAsync(page));
        // Approving asks first, saying what follows: the minutes become final and who gets them; nothing is approved yet.
        var asked = await PostAsync(chair, "Approve", []);
        Assert.Contains($"Hyväksytäänkö kokouksen {day.Finnish()} pöytäkirja?", asked);
        Assert.Contains("Pöytäkirjasta tulee lopullinen", asked);
        Assert.Contains("Pöytäkirja lähetetään PDF-tiedostona 2 vastaanottajalle: Anna Esimerkki, Ville Varamies.", asked);
        Assert.Contains("Kyllä, hyväksy pöytäkirja", asked);
        Assert.Equal(MeetingStatus.MinutesDraft, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Status).SingleAsync()));
        Assert.Contains("Pöytäkirja hyväksytty; se lähtee 2 vastaanottajalle.", await PostAsync(chair, "Approve", new() { ["confirmed"] = "true" }));

        var locked = await coordinator.GetStringAsync(page);
        Assert.Contains("se on lukittu", locked);
        Assert.DoesNotContain("Tallenna läsnäolo", locked);
        Assert.Contains("Pöytäkirja on hyväksytty ja lukittu.", await PostAsync(coordinator, "Draft", []));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>
/// Governance without the API (issue #13 item 1): the group page appoints the chair and plans meetings, the meeting page
/// edits, moves and removes agenda items, moves the meeting and cancels it after a confirm step; a person named by an
/// address becomes the account whose holder confirms that address, never before.
/// </summary>
public sealed partial class GovernanceScreenTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private const string GroupPage = "/staff/groups/{0}";

    private static async Task<HttpClient> BrowserAsync(TestApp app, string email)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(browser, email)).StatusCode);
        return browser;
    }

    private static string Finnish(TestApp app, Rule rule) => app.Services.GetRequiredService<Texts>().In("fi", $"rule.{rule.Code}");

    private static async Task<string> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields, string? route = null) =>
        await (await Forms.PostAsync(client, page, fields, $"{page}?handler={handler}{route}")).Content.ReadAsStringAsync();

    [Theory, BothDatabases]
    public async Task The_coordinator_appoints_a_chair_and_plans_a_single_meeting_and_the_rest_of_the_year_on_the_group_page_never_in_the_past(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var year = app.NextYear();
        app.Clock.SetUtcNow(new DateTimeOffset(year, 6, 15, 9, 0, 0, TimeSpan.Zero));
        var page = string.Format(GroupPage, Leadership);
        var coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        var html = await coordinator.GetStringAsync(page);
        Assert.Contains("Nimeä tehtävään", html);
        Assert.Contains("Suunnittele kokous", html);

        var period = SeedIds.For("agreement-version", "2026-2029").ToString();
        var role = new Dictionary<string, string>
        {
            ["Role.Kind"] = "Chair", ["Role.AgreementVersionId"] = period, ["Role.Name"] = "Pia Puheenjohtaja", ["Role.Email"] = "pia@perheverkko.example",
        };
        Assert.Contains("Puheenjohtaja: Pia Puheenjohtaja nimetty.", await PostAsync(coordinator, page, "AssignRole", role));
        var taken = await PostAsync(coordinator, page, "AssignRole", new(role) { ["Role.Name"] = "Toinen Ehdokas", ["Role.Email"] = "toinen@perheverkko.example" });
        Assert.Contains(Finnish(app, GovernanceRules.RoleTaken), taken);
        Assert.Contains("value=\"Toinen Ehdokas\"", taken); // what was typed stays
        Assert.Null(await app.WithDbAsync(db => db.GroupRoles.Where(r => r.GroupId == Leadership).Select(r => r.Person.StaffUserId).SingleAsync()));

        // The year from mid-June: the first Tuesdays of July to December, none of the months already gone.
        var plan = new Dictionary<string, string>
        {
            ["Year.Year"] = year.ToString(), ["Year.Weekday"] = "Tuesday", ["Year.StartTime"] = "09:00", ["Year.EndTime"] = "11:00", ["Year.Mode"] = "Remote",
            ["Year.VideoLink"] = "https://video.example/lnp",
        };
        Assert.Contains("6 kokousta suunniteltu.", await PostAsync(coordinator, page, "PlanYear", plan));
        var planned = await app.WithDbAsync(db => db.Meetings.Where(m => m.GroupId == Leadership).Select(m => m.StartsAt).ToListAsync());
        Assert.Equal(6, planned.Count);
        Assert.All(planned, startsAt => Assert.True(startsAt > app.Clock.GetUtcNow().UtcDateTime));
        Assert.Contains(Finnish(app, GovernanceRules.YearPassed), await PostAsync(coordinator, page, "PlanYear", new(plan) { ["Year.Year"] = (year - 1).ToString() }));

        var single = new Dictionary<string, string>
        {
            ["Single.Date"] = $"{year}-06-14", ["Single.StartTime"] = "13:00", ["Single.EndTime"] = "15:00", ["Single.Mode"] = "InPerson",
            ["Single.Place"] = "Mikkelin perhekeskus",
        };
        var past = await PostAsync(coordinator, page, "PlanMeeting", single);
        Assert.Contains(Finnish(app, GovernanceRules.MeetingInPast), past);
        Assert.Contains("value=\"Mikkelin perhekeskus\"", past);
        Assert.Contains($"Kokous 24.6.{year} suunniteltu.", await PostAsync(coordinator, page, "PlanMeeting", new(single) { ["Single.Date"] = $"{year}-06-24" }));
        Assert.Equal(new DateTime(year, 6, 24, 10, 0, 0, DateTimeKind.Utc),
            await app.WithDbAsync(db => db.Meetings.Where(m => m.GroupId == Leadership && m.Place == "Mikkelin perhekeskus").Select(m => m.StartsAt).SingleAsync()));

        var professional = await BrowserAsync(app, DemoUsers.Professional);
        var theirs = await professional.GetStringAsync(page);
        Assert.DoesNotContain("Nimeä tehtävään", theirs);
        Assert.DoesNotContain("Suunnittele kokous", theirs);
    }

    [Theory, BothDatabases]
    public async Task The_coordinator_edits_moves_and_removes_items_moves_the_meeting_and_cancels_it_after_confirming_and_a_started_meeting_gets_no_invitations(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // Two Tuesdays of next January and February (Finnish time 9–11).
        var first = app.NextYearOn(1, 8).OnOrAfter(DayOfWeek.Tuesday);
        var second = app.NextYearOn(2, 1).OnOrAfter(DayOfWeek.Tuesday);
        var (meeting, started) = await app.WithDbAsync(async db =>
        {
            var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == Leadership);
            var anna = group.AddMembership(new PersonRef(null, "Anna Esimerkki", "anna@perheverkko.example"), Mikkeli, MembershipRole.Member, null,
                new DateOnly(2020, 1, 1), null, DateTime.UtcNow);
            group.AddMembership(new PersonRef(null, "Ville Varamies", "ville@perheverkko.example"), Mikkeli, MembershipRole.Deputy, anna.Id,
                new DateOnly(2020, 1, 1), null, DateTime.UtcNow);
            var planned = Meeting.Plan(Guid.CreateVersion7(), Leadership, first.HelsinkiUtc(9), first.HelsinkiUtc(11), MeetingMode.Remote, null,
                "https://video.example/lnp", DateTime.UtcNow);
            var later = Meeting.Plan(Guid.CreateVersion7(), Leadership, second.HelsinkiUtc(9), second.HelsinkiUtc(11), MeetingMode.Remote, null,
                "https://video.example/lnp", DateTime.UtcNow);
            later.AddAgendaItem("Kuulumiset", AgendaItemKind.Information, null, null, null, DateTime.UtcNow);
            db.Meetings.AddRange(planned, later);
            await db.SaveChangesAsync();
            return (planned.Id, later.Id);
        });
        var page = $"/staff/meetings/{meeting}";
        var coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        Assert.Contains("Kokous: ", await PostAsync(coordinator, page, "AddItem", new() { ["Item.Title"] = "Kuulumiset", ["Item.Kind"] = "Information" }));
        await PostAsync(coordinator, page, "AddItem", new() { ["Item.Title"] = "Talousarvio", ["Item.Kind"] = "Decision", ["Item.Proposal"] = "Hyväksytään." });
        Task<List<string>> OrderAsync() => app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == meeting).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync());
        Task<int> VersionAsync() => app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Version).SingleAsync());
        var budget = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Title == "Talousarvio").Select(i => i.Id).SingleAsync());
        var news = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == meeting && i.Title == "Kuulumiset").Select(i => i.Id).SingleAsync());

        // Move up, from the version the page showed; the same click from an older page is refused as stale.
        var version = (await VersionAsync()).ToString();
        Assert.Contains("Asia siirretty kohtaan 1.", await PostAsync(coordinator, page, "MoveItem", new() { ["Version"] = version }, $"&itemId={budget}&position=1"));
        Assert.Equal(["Talousarvio", "Kuulumiset"], await OrderAsync());
        Assert.Contains(Finnish(app, GovernanceRules.MeetingStale), await PostAsync(coordinator, page, "MoveItem", new() { ["Version"] = version }, $"&itemId={budget}&position=2"));
        Assert.Equal(["Talousarvio", "Kuulumiset"], await OrderAsync());

        // Edit: an empty title is refused and what was typed stays; then saved.
        var edit = new Dictionary<string, string>
        {
            ["Edit.ItemId"] = budget.ToString(), ["Edit.Title"] = "", ["Edit.Kind"] = "Decision", ["Edit.Proposal"] = "Hyväksytään talousarvio 2027.",
            ["Edit.Version"] = (await VersionAsync()).ToString(),
        };
        var refused = await PostAsync(coordinator, page, "EditItem", edit);
        Assert.Contains("Pakollinen tieto.", refused);
        Assert.Contains("Hyväksytään talousarvio 2027.</textarea>", refused);
        Assert.Contains("Asia tallennettu.", await PostAsync(coordinator, page, "EditItem", new(edit) { ["Edit.Title"] = "Talousarvio 2027" }));
        var saved = await app.WithDbAsync(db => db.AgendaItems.SingleAsync(i => i.Id == budget));
        Assert.Equal(("Talousarvio 2027", "Hyväksytään talousarvio 2027."), (saved.Title, saved.Proposal));
        Assert.Contains("Asia poistettu asialistalta.", await PostAsync(coordinator, page, "RemoveItem", [], $"&itemId={news}"));
        Assert.Equal(["Talousarvio 2027"], await OrderAsync());

        // Invited, then moved a week on: both invitees get the update, as from the API.
        Assert.Contains("Kutsu on jonossa lähetettäväksi 2 vastaanottajalle.", await PostAsync(coordinator, page, "Send", []));
        var schedule = new Dictionary<string, string>
        {
            ["Schedule.Date"] = first.AddDays(7).Iso(), ["Schedule.StartTime"] = "09:00", ["Schedule.EndTime"] = "25:00", ["Schedule.Mode"] = "Hybrid",
            ["Schedule.Place"] = "Savonlinnan perhekeskus", ["Schedule.VideoLink"] = "https://video.example/lnp",
        };
        var badTime = await PostAsync(coordinator, page, "Reschedule", schedule);
        Assert.Contains("value=\"Savonlinnan perhekeskus\"", badTime); // refused (no such time), the typed place kept
        Assert.Contains("päivitetty kutsu lähtee 2 vastaanottajalle", await PostAsync(coordinator, page, "Reschedule", new(schedule) { ["Schedule.EndTime"] = "11:00" }));
        Assert.Equal(4, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));

        // Cancel: the first post only asks, naming who is e-mailed; the second cancels.
        var asked = await PostAsync(coordinator, page, "Cancel", []);
        Assert.Contains($"Perutaanko kokous {first.AddDays(7).Finnish()} 9.00?", asked);
        Assert.Contains("kalenterikutsun peruutuksena 2 vastaanottajalle", asked);
        Assert.Contains("name=\"confirmed\" value=\"true\"", asked);
        Assert.Equal(MeetingStatus.Invited, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Status).SingleAsync()));
        Assert.Contains("Kokous peruttu; peruutus lähtee 2 vastaanottajalle.", await PostAsync(coordinator, page, "Cancel", new() { ["confirmed"] = "true" }));
        Assert.Equal(MeetingStatus.Cancelled, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Status).SingleAsync()));
        Assert.Equal(6, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.MeetingCancelled)));

        // The other meeting has started: its invitations are refused, on the page and in the API.
        app.SetHelsinkiTime(second, 9, 30);
        coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        Assert.Contains(Finnish(app, GovernanceRules.MeetingStarted), await PostAsync(coordinator, $"/staff/meetings/{started}", "Send", []));
        var api = await app.ClientForAsync(DemoUsers.Coordinator);
        var refusedByApi = await api.PostAsync($"/api/v1/meetings/{started}/invitations", null);
        Assert.Equal(HttpStatusCode.Conflict, refusedByApi.StatusCode);
        Assert.Equal("meeting.started", await CodeOfAsync(refusedByApi));
        Assert.Equal(6, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [GeneratedRegex(@"emailToken=([A-Za-z0-9%._~-]+)")]
    private static partial Regex ConfirmationLink();

    [Theory, BothDatabases]
    public async Task A_chair_named_by_address_becomes_the_account_once_its_holder_confirms_the_address_and_never_before(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var thisYear = app.Clock.GetUtcNow().Year;
        var period = SeedIds.For("agreement-version", thisYear is >= 2026 and <= 2029 ? "2026-2029" : "2024-2025");
        var professionalId = SeedIds.For("user", DemoUsers.Professional);
        // The demo accounts are confirmed; this one has not confirmed its address yet.
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == professionalId)).EmailConfirmed = false;
            return await db.SaveChangesAsync();
        });
        var groupPage = string.Format(GroupPage, Leadership);
        var coordinator = await BrowserAsync(app, DemoUsers.Coordinator);
        Assert.Contains("Pia Ammattilainen nimetty.", await PostAsync(coordinator, groupPage, "AssignRole", new()
        {
            ["Role.Kind"] = "Chair", ["Role.AgreementVersionId"] = period.ToString(), ["Role.Name"] = "Pia Ammattilainen", ["Role.Email"] = DemoUsers.Professional,
        }));
        Task<Guid?> ChairAccountAsync() => app.WithDbAsync(db => db.GroupRoles.Where(r => r.GroupId == Leadership).Select(r => r.Person.StaffUserId).SingleAsync());
        Assert.Null(await ChairAccountAsync()); // the address is not confirmed: it names no account

        var professional = await BrowserAsync(app, DemoUsers.Professional);
        Assert.DoesNotContain("Suunnittele kokous", await professional.GetStringAsync(groupPage));
        Assert.Contains("Lähetä vahvistuslinkki", await professional.GetStringAsync("/staff/profile"));

        // A made-up link confirms nothing.
        var forged = await PostAsync(professional, "/staff/profile", "ConfirmEmail", new() { ["EmailToken"] = "CfDJ8keksitty" });
        Assert.Contains(Finnish(app, AccountRules.EmailLinkInvalid), forged);
        Assert.Null(await ChairAccountAsync());

        Assert.Contains("Vahvistuslinkki on lähetetty osoitteeseesi.", await PostAsync(professional, "/staff/profile", "SendEmailConfirmation", []));
        var mail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Payload.Contains(DemoUsers.Professional)).Select(m => m.Payload).SingleAsync());
        var token = Uri.UnescapeDataString(ConfirmationLink().Match(mail).Groups[1].Value);
        Assert.NotEmpty(token);

        // The link is the professional's: another account cannot use it.
        Assert.Contains(Finnish(app, AccountRules.EmailLinkInvalid), await PostAsync(coordinator, "/staff/profile", "ConfirmEmail", new() { ["EmailToken"] = token }));
        Assert.Null(await ChairAccountAsync());

        var linkPage = $"/staff/profile?emailToken={Uri.EscapeDataString(token)}";
        Assert.Contains("Vahvista osoite", await professional.GetStringAsync(linkPage));
        Assert.Contains("Sähköpostiosoitteesi on vahvistettu.", await (await Forms.PostAsync(professional, linkPage,
            new Dictionary<string, string> { ["EmailToken"] = token }, "/staff/profile?handler=ConfirmEmail")).Content.ReadAsStringAsync());
        Assert.Equal(professionalId, await ChairAccountAsync());
        Assert.Contains("1 people named by the address linked",
            await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.EmailConfirmed && a.Outcome == AuditOutcome.Succeeded).Select(a => a.Detail!).SingleAsync()));

        // From now on the chair's work is theirs, and a membership named by the address is the account at once.
        Assert.Contains("Suunnittele kokous", await professional.GetStringAsync(groupPage));
        Assert.Contains("Jäsenyys lisätty.", await PostAsync(coordinator, groupPage, "AddMember", new()
        {
            ["Member.Name"] = "Pia Ammattilainen", ["Member.Email"] = DemoUsers.Professional, ["Member.OrganisationId"] = Mikkeli.ToString(),
            ["Member.Role"] = "Member", ["Member.From"] = "2020-01-01",
        }));
        Assert.Equal(professionalId, await app.WithDbAsync(db => db.Memberships.Where(m => m.GroupId == Leadership).Select(m => m.Person.StaffUserId).SingleAsync()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

public sealed class GovernanceApiTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    [Theory, BothDatabases]
    public async Task The_seeded_groups_are_listed_and_the_leadership_group_shows_every_party_as_vacant(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        var groups = await professional.GetFromJsonAsync<JsonElement[]>("/api/v1/groups");
        // The Perheneuvo network is members-only: a professional who is not in it does not see it.
        Assert.Equal(["Leadership", "DeveloperNetwork", "DeveloperNetwork"], groups!.Select(g => g.GetProperty("kind").GetString()));
        var coordinatorGroups = await (await app.ClientForAsync(DemoUsers.Coordinator)).GetFromJsonAsync<JsonElement[]>("/api/v1/groups");
        Assert.Equal(4, coordinatorGroups!.Length);

        var group = await professional.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{Leadership}");
        Assert.Equal(20, group.GetProperty("vacancies").GetArrayLength()); // the parties of the current period, none represented yet
        Assert.Empty(group.GetProperty("permittedActions").EnumerateArray());
    }

    [Theory, BothDatabases]
    public async Task Sending_the_agenda_mails_each_member_and_each_deputy_once_with_a_calendar_invitation(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var day = app.NextYearOn(1, 12).Iso();

        var anna = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Member", from }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Ville Varamies", email = "ville@perheverkko.example", organisationId = Mikkeli, role = "Deputy", deputyForId = anna, from }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), organisationId = Savonlinna, role = "Member", from }));
        var self = await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Anna E.", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Deputy", deputyForId = anna, from });
        Assert.Equal("membership.deputy_of_self", await CodeOfAsync(self));

        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day, startTime = "09:00:00", endTime = "11:00:00", mode = "Hybrid", place = "Mikkelin perhekeskus", videoLink = "https://video.example/lnp" }));
        var backwards = await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day, startTime = "11:00:00", endTime = "09:00:00", mode = "Remote" });
        Assert.Equal("meeting.ends_before_start", await CodeOfAsync(backwards));

        var empty = await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("meeting.agenda_empty", await CodeOfAsync(empty));

        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = "Toimintasuunnitelma", kind = "ForPartiesDecisionMaking", preparer = "Maija Meikäläinen", description = "**Luonnos** liitteenä.<script>x()</script>", proposal = "Hyväksytään." }));
        var sent = await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(3, (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32());

        Assert.Equal(3, await app.DispatchOutboxAsync());
        Assert.Equal(["anna@perheverkko.example", "edustaja.savonlinna@perheverkko.example", "ville@perheverkko.example"],
            smtp.Received.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(smtp.Received, m => Assert.Single(m.To));
        var uids = new HashSet<string>();
        foreach (var mail in smtp.Received)
        {
            var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
            Assert.StartsWith("Kokouskutsu:", message.Subject);
            Assert.Contains($"https://perheverkko.example/staff/meetings/{meeting}", message.TextBody);
            // A member with an account says on the page that they cannot come; a deputy is not asked to.
            if (message.To.Mailboxes.Single().Address == DemoUsers.SavonlinnaRepresentative) Assert.Contains("En pääse kokoukseen", message.TextBody);
            if (message.To.Mailboxes.Single().Address == "ville@perheverkko.example") Assert.DoesNotContain("En pääse kokoukseen", message.TextBody);
            var part = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.Equal("text/calendar", part.ContentType.MimeType);
            using var content = new MemoryStream();
            await part.Content!.DecodeToAsync(content);
            var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
            Assert.Equal("REQUEST", calendar.Method);
            var e = Assert.Single(calendar.Events);
            Assert.Equal(0, e.Sequence);
            Assert.Equal(app.NextYearOn(1, 12).HelsinkiUtc(9), e.DtStart!.AsUtc);
            uids.Add(e.Uid!);
        }
        Assert.Equal([MeetingCalendar.Uid(meeting)], uids);

        // A change of place after the invitation: an update to everyone, same UID, SEQUENCE 1.
        var moved = await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}",
            new { date = day, startTime = "09:00:00", endTime = "11:00:00", mode = "Hybrid", place = "Savonlinnan perhekeskus", videoLink = "https://video.example/lnp" });
        Assert.Equal(3, (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notified").GetInt32());
        Assert.Equal(3, await app.DispatchOutboxAsync());
        var updates = smtp.Received.Skip(3).Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();
        Assert.All(updates, u => Assert.StartsWith("Muuttunut kokouskutsu:", u.Subject));
        Assert.All(updates, u => Assert.Contains("SEQUENCE:1", Ics(u)));

        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.InvitationsSent).ToListAsync());
        Assert.Single(audit);

        // Invitees see the sent agenda, sanitised.
        var member = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var view = await member.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        var html = view.GetProperty("agendaItems")[0].GetProperty("descriptionHtml").GetString()!;
        Assert.Contains("<strong>Luonnos</strong>", html);
        Assert.DoesNotContain("<script", html);
        Assert.Equal(["ReportAbsence"], view.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString())); // a member may only say they cannot come
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/meetings/{meeting}/invitations", null)).StatusCode);
        Assert.Equal(6, (await MailFormat.AssertWellFormedAsync(app)).Count);
    }

    private static string Ics(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single();
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return System.Text.Encoding.UTF8.GetString(content.ToArray());
    }

    [Theory, BothDatabases]
    public async Task A_group_with_no_members_gets_no_invitations_and_the_year_is_planned_from_the_rhythm(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var network = GovernanceSeeder.GroupId("kohtaamispaikkaverkosto");
        var year = await coordinator.PostAsJsonAsync($"/api/v1/groups/{network}/meetings/year",
            new { year = app.NextYear(), weekday = "Wednesday", startTime = "13:00:00", endTime = "15:00:00", mode = "Remote", videoLink = "https://video.example/kp" });
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        var ids = await year.Content.ReadFromJsonAsync<Guid[]>();
        Assert.Equal(4, ids!.Length);
        var again = await coordinator.PostAsJsonAsync($"/api/v1/groups/{network}/meetings/year",
            new { year = app.NextYear(), weekday = "Wednesday", startTime = "13:00:00", endTime = "15:00:00", mode = "Remote" });
        Assert.Equal("meeting.year_planned", await CodeOfAsync(again));

        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{ids[0]}/agenda-items", new { title = "Kuulumiset", kind = "Discussion" }));
        var before = await DatabaseFingerprint.TakeAsync(app);
        var refused = await coordinator.PostAsync($"/api/v1/meetings/{ids[0]}/invitations", null);
        Assert.Equal("group.no_members", await CodeOfAsync(refused));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));
    }

    [Theory, BothDatabases]
    public async Task A_member_of_one_members_only_group_cannot_read_another(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        async Task<Guid> GroupWithAsync(string slug, string user, Guid organisation)
        {
            var id = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/groups",
                new { slug, kind = "DeveloperNetwork", name = new { fi = slug }, meetingsPerYear = 4, visibility = "MembersOnly" }));
            await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{id}/memberships",
                new { staffUserId = SeedIds.For("user", user), organisationId = organisation, role = "Member", from = "2020-01-01" }));
            return id;
        }
        var mikkelis = await GroupWithAsync("mikkelin-tyoryhma", DemoUsers.MikkeliRepresentative, Mikkeli);
        var savonlinnas = await GroupWithAsync("savonlinnan-tyoryhma", DemoUsers.SavonlinnaRepresentative, Savonlinna);
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{savonlinnas}/meetings",
            new { date = app.NextYearOn(2, 2).Iso(), startTime = "09:00:00", endTime = "10:00:00", mode = "Remote" }));

        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        Assert.Equal(HttpStatusCode.OK, (await mikkeli.GetAsync($"/api/v1/groups/{mikkelis}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.GetAsync($"/api/v1/groups/{savonlinnas}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.GetAsync($"/api/v1/meetings/{meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.GetAsync($"/staff/groups/{savonlinnas}")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect
            ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
        var listed = await mikkeli.GetFromJsonAsync<JsonElement[]>("/api/v1/groups");
        Assert.Contains(listed!, g => g.GetProperty("id").GetGuid() == mikkelis);
        Assert.DoesNotContain(listed!, g => g.GetProperty("id").GetGuid() == savonlinnas);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative)).GetAsync($"/api/v1/meetings/{meeting}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.AccessDenied && a.ObjectId == savonlinnas.ToString())));
    }

    [Theory, BothDatabases]
    public async Task Two_chairs_in_one_period_are_refused_and_the_chair_may_prepare_their_groups_meetings(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var period = SeedIds.For("agreement-version", $"{2026}-{2029}");
        var thisYear = app.Clock.GetUtcNow().Year;
        var current = thisYear is >= 2026 and <= 2029 ? period : SeedIds.For("agreement-version", "2024-2025");
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/roles",
            new { kind = "Chair", agreementVersionId = current, staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative) }));
        var second = await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/roles",
            new { kind = "Chair", agreementVersionId = current, name = "Toinen Puheenjohtaja", email = "toinen@perheverkko.example" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("group_role.taken", await CodeOfAsync(second));

        var chair = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var day = app.NextYearOn(3, 2).Iso();
        var planned = await chair.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day, startTime = "09:00:00", endTime = "11:00:00", mode = "Remote" });
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var group = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{Leadership}");
        Assert.Equal(["PrepareMeeting"], group.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        var other = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day, startTime = "09:00:00", endTime = "11:00:00", mode = "Remote" })).StatusCode);
    }

    [Theory, BothDatabases]
    public async Task What_does_not_exist_is_reported_not_found_by_its_code_and_a_taken_short_name_is_a_conflict(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var unknown = Guid.NewGuid();
        async Task RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(code, await CodeOfAsync(response));
        }

        var before = await DatabaseFingerprint.TakeAsync(app);
        await RefusedAsync(await coordinator.PostAsJsonAsync("/api/v1/groups",
                new { slug = GovernanceSeeder.LeadershipGroup, kind = "DeveloperNetwork", name = new { fi = "Toinen" }, meetingsPerYear = 4, visibility = "MembersOnly" }),
            HttpStatusCode.Conflict, "group.slug_taken");
        await RefusedAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{unknown}/memberships",
            new { name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Member", from = "2026-01-01" }), HttpStatusCode.NotFound, "group.not_found");
        await RefusedAsync(await coordinator.PutAsJsonAsync($"/api/v1/groups/{unknown}/quorum", new { quorum = "AtLeastHalf" }), HttpStatusCode.NotFound, "group.not_found");
        await RefusedAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
                new { name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = unknown, role = "Member", from = "2026-01-01" }),
            HttpStatusCode.NotFound, "membership.organisation_not_found");
        await RefusedAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = unknown, organisationId = Mikkeli, role = "Member", from = "2026-01-01" }), HttpStatusCode.NotFound, "membership.user_not_found");
        await RefusedAsync(await coordinator.PostAsJsonAsync($"/api/v1/memberships/{unknown}/end", new { to = "2026-12-31" }), HttpStatusCode.NotFound, "membership.not_found");
        await RefusedAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/roles",
            new { kind = "Chair", agreementVersionId = unknown, name = "Pia Puheenjohtaja", email = "pia@perheverkko.example" }), HttpStatusCode.NotFound, "group_role.period_not_found");
        await RefusedAsync(await coordinator.GetAsync($"/api/v1/meetings/{unknown}"), HttpStatusCode.NotFound, "meeting.not_found");
        await RefusedAsync(await coordinator.PostAsync($"/api/v1/meetings/{unknown}/invitations", null), HttpStatusCode.NotFound, "meeting.not_found");
        await RefusedAsync(await coordinator.GetAsync($"/api/v1/attachments/{unknown}"), HttpStatusCode.NotFound, "attachment.not_found");
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));
    }
}

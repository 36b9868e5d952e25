using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

/// <summary>A meeting from the invitation to approved minutes in the members' mailboxes.</summary>
public sealed class MinutesApiTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    private static async Task AssertStatusAsync(HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private static Guid CurrentPeriod(TestApp app) => app.Clock.GetUtcNow().Year is >= 2026 and <= 2029
        ? SeedIds.For("agreement-version", "2026-2029") : SeedIds.For("agreement-version", "2024-2025");

    private static object Attending(Guid membershipId, string kind, Guid? deputyId = null) => new { membershipId, kind, deputyId };

    [Theory, BothDatabases]
    public async Task A_held_meeting_gets_attendance_numbered_decisions_and_approved_minutes_mailed_to_members_and_deputies_once(DatabaseProvider provider)
    {
        await using var smtp = new SmtpListener();
        await using var app = await TestApp.StartAsync(provider, smtp.AppSettings());
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var year = app.NextYear();
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/roles",
            new { kind = "Chair", agreementVersionId = CurrentPeriod(app), staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative) }));

        async Task<Guid> MemberAsync(string name, string email, Guid organisation, string role = "Member", Guid? deputyForId = null) =>
            await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
                new { name, email, organisationId = organisation, role, deputyForId, from }));
        var anna = await MemberAsync("Anna Esimerkki", "anna@perheverkko.example", Mikkeli);
        var ville = await MemberAsync("Ville Varamies", "ville@perheverkko.example", Mikkeli, "Deputy", anna);
        var kalle = await MemberAsync("Kalle Kokous", "kalle@perheverkko.example", Savonlinna);
        await MemberAsync("Veera Varajäsen", "veera@perheverkko.example", Savonlinna, "Deputy", kalle);
        var saara = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), organisationId = Savonlinna, role = "Member", from }));

        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = $"{year}-01-12", startTime = "09:00:00", endTime = "11:00:00", mode = "Remote", videoLink = "https://video.example/lnp" }));
        var plan = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = $"Toimintasuunnitelma {year}", kind = "Decision", proposal = "Hyväksytään." }));
        var news = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = "Kuulumiset", kind = "Information" }));
        var budget = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = "Talousarvio", kind = "Decision" }));

        var tooEarly = await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null);
        Assert.Equal("meeting.not_invited", await CodeOfAsync(tooEarly));
        await AssertStatusAsync(HttpStatusCode.OK, await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null));
        Assert.Equal(5, await app.DispatchOutboxAsync());
        smtp.Received.Clear();

        var notYet = await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null);
        Assert.Equal("meeting.not_started", await CodeOfAsync(notYet));
        app.Clock.SetUtcNow(new DateTimeOffset(year, 1, 12, 9, 30, 0, TimeSpan.Zero)); // the meeting (09–11 Finnish time) has begun
        await AssertStatusAsync(HttpStatusCode.NoContent, await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null));

        var wrongDeputy = await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}/attendance",
            new { members = new[] { Attending(kalle, "DeputyAttending", ville) }, guests = Array.Empty<string>() });
        Assert.Equal("attendance.wrong_deputy", await CodeOfAsync(wrongDeputy));
        // Recording again replaces the earlier attendance rather than adding to it.
        await AssertStatusAsync(HttpStatusCode.OK, await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}/attendance", new
        {
            members = new[] { Attending(anna, "Present"), Attending(kalle, "Present"), Attending(saara, "Present") }, guests = new[] { "Eka Vieras", "Toka Vieras" },
        }));
        var attendance = await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}/attendance", new
        {
            members = new[] { Attending(anna, "DeputyAttending", ville), Attending(kalle, "Absent"), Attending(saara, "Present") },
            guests = new[] { "Greta Vieras" },
        });
        await AssertStatusAsync(HttpStatusCode.OK, attendance);
        var quorum = await attendance.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 2, 2, true), (quorum.GetProperty("members").GetInt32(), quorum.GetProperty("attending").GetInt32(),
            quorum.GetProperty("required").GetInt32(), quorum.GetProperty("present").GetBoolean()));
        Assert.Equal(4, await app.WithDbAsync(db => db.Attendances.CountAsync(a => a.MeetingId == meeting)));

        await AssertStatusAsync(HttpStatusCode.NoContent, await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{plan}/minutes",
            new { discussion = "Käytiin läpi painopisteet.", decision = "Toimintasuunnitelma hyväksyttiin <b>esitetyssä</b> muodossa." }));
        await AssertStatusAsync(HttpStatusCode.NoContent, await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{news}/minutes",
            new { discussion = "Kuulumiskierros." }));
        await AssertStatusAsync(HttpStatusCode.NoContent, await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{budget}/minutes",
            new { decision = "Talousarvio merkittiin tiedoksi." }));

        var drafted = await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null);
        await AssertStatusAsync(HttpStatusCode.OK, drafted);
        var numbers = await drafted.Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal([$"§ 1/{year}", $"§ 2/{year}"], numbers!.Select(n => n.GetProperty("label").GetString()));
        Assert.Equal([plan, budget], numbers!.Select(n => n.GetProperty("agendaItemId").GetGuid()));

        // The chair is told that the minutes wait for them, with the absolute link to the page where they approve them.
        Assert.Equal(1, await app.DispatchOutboxAsync());
        var notice = Assert.Single(smtp.Received);
        Assert.Equal([DemoUsers.MikkeliRepresentative], notice.To);
        var awaiting = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(notice.Data)));
        Assert.StartsWith("Pöytäkirja odottaa hyväksyntääsi: Lasten, nuorten ja perheiden johtoryhmä", awaiting.Subject);
        Assert.Contains($"{TestApp.PublicUrl}/staff/meetings/{meeting}", awaiting.TextBody);
        smtp.Received.Clear();
        // Drafting again after a change does not tell the chair a second time.
        await AssertStatusAsync(HttpStatusCode.OK, await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null));
        Assert.Equal(0, await app.DispatchOutboxAsync());

        // Only the chair approves: not the coordinator who wrote the minutes, not another member.
        var member = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        await AssertStatusAsync(HttpStatusCode.Forbidden, await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null));
        await AssertStatusAsync(HttpStatusCode.Forbidden, await member.PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null));
        var memberView = await member.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        Assert.Empty(memberView.GetProperty("permittedActions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, memberView.GetProperty("agendaItems")[0].GetProperty("decision").ValueKind); // a draft is not yet for everyone

        var chair = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var chairView = await chair.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        Assert.Contains("ApproveMinutes", chairView.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        var approved = await chair.PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null);
        await AssertStatusAsync(HttpStatusCode.OK, approved);
        Assert.Equal(5, (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32());

        Assert.Equal(5, await app.DispatchOutboxAsync());
        Assert.Equal(0, await app.DispatchOutboxAsync());
        Assert.Equal(["anna@perheverkko.example", "edustaja.savonlinna@perheverkko.example", "kalle@perheverkko.example", "veera@perheverkko.example", "ville@perheverkko.example"],
            smtp.Received.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        foreach (var mail in smtp.Received)
        {
            var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
            Assert.StartsWith("Pöytäkirja:", message.Subject);
            Assert.Contains($"§ 1/{year}", message.TextBody);
            Assert.Contains($"§ 2/{year}", message.TextBody);
            Assert.Contains("Ville Varamies (varajäsen, Anna Esimerkki poissa)", message.TextBody);
            Assert.Contains("Greta Vieras", message.TextBody);
            Assert.Contains("Kokous oli päätösvaltainen", message.TextBody);
            Assert.Contains("&lt;b&gt;", message.HtmlBody); // typed text is encoded, not markup
            Assert.DoesNotContain("<b>", message.HtmlBody);
            Assert.Contains($"<a href=\"{TestApp.PublicUrl}/staff/meetings/{meeting}\">", message.HtmlBody);
            // The minutes themselves travel with the mail as the archived PDF.
            var pdf = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.Equal(("application/pdf", $"poytakirja-lnp-johtoryhma-{year}-01-12.pdf"), (pdf.ContentType.MimeType, pdf.FileName));
            using var content = new MemoryStream();
            await pdf.Content!.DecodeToAsync(content);
            Assert.Contains($"§ 1/{year}", await PdfText.ExtractAsync(content.ToArray()));
        }

        // Approved minutes are locked: nothing changes, the code says why.
        var before = await DatabaseFingerprint.TakeAsync(app);
        var edit = await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{plan}/minutes", new { decision = "Toisin." });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("minutes.locked", await CodeOfAsync(edit));
        Assert.Equal("minutes.locked", await CodeOfAsync(await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}/attendance",
            new { members = new[] { Attending(anna, "Present") } })));
        Assert.Equal("minutes.locked", await CodeOfAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null)));
        Assert.Equal("minutes.locked", await CodeOfAsync(await chair.PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null)));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));

        // Once approved, everyone who sees the meeting reads the minutes.
        memberView = await member.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        Assert.Equal($"§ 1/{year}", memberView.GetProperty("agendaItems")[0].GetProperty("decisionNumber").GetString());
        Assert.Equal(4, memberView.GetProperty("attendance").GetArrayLength());
        Assert.Single(await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.MinutesApproved).ToListAsync()));

        // A correction after approval is a new recorded version, by the chair, with a reason; the approved text stays.
        var correction = new { agendaItemId = plan, decision = "Toimintasuunnitelma hyväksyttiin muutetussa muodossa.", reason = "Päätöksen sanamuoto korjattu." };
        await AssertStatusAsync(HttpStatusCode.Forbidden, await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/minutes/corrections", correction));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting}/minutes/corrections",
            new { agendaItemId = plan, decision = "Ilman perustetta." })).StatusCode);
        var corrected = await chair.PostAsJsonAsync($"/api/v1/meetings/{meeting}/minutes/corrections", correction);
        await AssertStatusAsync(HttpStatusCode.OK, corrected);
        var result = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 5), (result.GetProperty("version").GetInt32(), result.GetProperty("recipients").GetInt32()));
        smtp.Received.Clear();
        Assert.Equal(5, await app.DispatchOutboxAsync());
        Assert.All(smtp.Received, m => Assert.Contains("muutetussa muodossa", MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))).TextBody));
        Assert.All(smtp.Received, m => Assert.StartsWith("Korjattu pöytäkirja (versio 2):", MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))).Subject));
        var versions = await app.WithDbAsync(db => db.MinutesVersions.Where(v => v.MeetingId == meeting).OrderBy(v => v.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Contains("esitetyssä", versions[0].Text);
        Assert.Contains("muutetussa muodossa", versions[1].Text);
        Assert.Equal("Päätöksen sanamuoto korjattu.", versions[1].Reason);
        var view = await member.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}");
        Assert.Equal(2, view.GetProperty("minutesVersions").GetArrayLength());
        Assert.Equal("Käytiin läpi painopisteet.", view.GetProperty("agendaItems")[0].GetProperty("discussion").GetString()); // not given, so kept

        // Every mail of the meeting (invitations, the chair's notice, the minutes and their correction) reads the same in two mail readers.
        Assert.Equal(16, (await MailFormat.AssertWellFormedAsync(app)).Count);
    }

    [Theory, BothDatabases]
    public async Task The_database_refuses_a_decision_number_taken_twice_and_the_quorum_is_set_per_group(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var year = app.NextYear(); // meetings still to come, so they may be invited; one year, so one series of numbers
        Meeting Held(DateTime startsAt)
        {
            var meeting = Meeting.Plan(Guid.CreateVersion7(), Leadership, startsAt, startsAt.AddHours(2), MeetingMode.Remote, null, null, now);
            var item = meeting.AddAgendaItem("Päätösasia", AgendaItemKind.Decision, null, null, null, now);
            meeting.SendInvitation(1, now);
            meeting.MarkHeld(startsAt.AddHours(2));
            meeting.RecordItemMinutes(item.Id, null, "Päätettiin.", now);
            meeting.DraftMinutes(1, new HashSet<int>(), now); // both claim § 1/year, as two simultaneous drafts would
            return meeting;
        }
        await app.WithDbAsync(async db =>
        {
            db.Meetings.Add(Held(new DateTime(year, 2, 2, 8, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
            return 0;
        });
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Meetings.Add(Held(new DateTime(year, 3, 2, 8, 0, 0, DateTimeKind.Utc)));
            return await db.SaveChangesAsync();
        }));
        Assert.Equal(1, await app.WithDbAsync(db => db.DecisionNumbers.CountAsync()));

        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        await AssertStatusAsync(HttpStatusCode.NoContent, await coordinator.PutAsJsonAsync($"/api/v1/groups/{Leadership}/quorum", new { quorum = "AtLeastTwoThirds" }));
        Assert.Equal("AtLeastTwoThirds", (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{Leadership}")).GetProperty("quorum").GetString());
    }

    [Theory, BothDatabases]
    public async Task A_developer_networks_minutes_go_to_its_members_not_to_deputies(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var network = GovernanceSeeder.GroupId("kohtaamispaikkaverkosto");
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var year = app.NextYear();
        var member = await CreatedIdAsync(await admin.PostAsJsonAsync($"/api/v1/groups/{network}/memberships",
            new { name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Member", from }));
        await CreatedIdAsync(await admin.PostAsJsonAsync($"/api/v1/groups/{network}/memberships",
            new { name = "Ville Varamies", email = "ville@perheverkko.example", organisationId = Mikkeli, role = "Deputy", deputyForId = member, from }));
        var meeting = await CreatedIdAsync(await admin.PostAsJsonAsync($"/api/v1/groups/{network}/meetings",
            new { date = $"{year}-04-07", startTime = "13:00:00", endTime = "15:00:00", mode = "Remote" }));
        var item = await CreatedIdAsync(await admin.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = "Kuulumiset", kind = "Discussion" }));
        await AssertStatusAsync(HttpStatusCode.OK, await admin.PostAsync($"/api/v1/meetings/{meeting}/invitations", null));
        app.Clock.SetUtcNow(new DateTimeOffset(year, 4, 7, 13, 0, 0, TimeSpan.Zero));
        await AssertStatusAsync(HttpStatusCode.NoContent, await admin.PostAsync($"/api/v1/meetings/{meeting}/held", null));
        await AssertStatusAsync(HttpStatusCode.NoContent, await admin.PutAsJsonAsync($"/api/v1/agenda-items/{item}/minutes", new { decision = "Merkittiin tiedoksi." }));
        var numbers = await (await admin.PostAsync($"/api/v1/meetings/{meeting}/minutes", null)).Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.Equal($"§ 1/{year}", Assert.Single(numbers!).GetProperty("label").GetString()); // the network's own series

        var approved = await admin.PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null);
        await AssertStatusAsync(HttpStatusCode.OK, approved);
        Assert.Equal(1, (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32());
        var payloads = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.Payload).ToListAsync());
        var minutes = Assert.Single(payloads, p => !p.Contains("kutsu.ics", StringComparison.Ordinal)); // the invitations carry a calendar file
        Assert.Contains("anna@perheverkko.example", minutes);
        Assert.DoesNotContain("ville@perheverkko.example", minutes);
    }
}

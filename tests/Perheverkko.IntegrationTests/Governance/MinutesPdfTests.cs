using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Governance;

/// <summary>The approved minutes as a PDF read back by Poppler, and approval at the next meeting instead of by the chair.</summary>
public sealed class MinutesPdfTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    private sealed record Members(Guid Anna, Guid Ville);

    private static async Task<Members> MembersAsync(TestApp app, HttpClient coordinator)
    {
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var anna = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Member", from }));
        var ville = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Ville Varamies", email = "ville@perheverkko.example", organisationId = Mikkeli, role = "Deputy", deputyForId = anna, from }));
        return new Members(anna, ville);
    }

    /// <summary>Plans, invites and holds a meeting on the day, with one decided item; the clock is moved to the meeting.</summary>
    private static async Task<(Guid Meeting, Guid Item)> HeldMeetingAsync(TestApp app, HttpClient coordinator, Members members, DateOnly day, string decision)
    {
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day, startTime = "09:00:00", endTime = "11:00:00", mode = "InPerson", place = "Mikkelin kaupungintalo" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = "Toimintasuunnitelma", kind = "Decision", proposal = "Hyväksytään." }));
        await CreatedIdAsync(await AgendaDocumentTests.UploadAsync(coordinator, item, "toimintasuunnitelma.pdf", "application/pdf", AgendaDocumentTests.Pdf));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null));
        app.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}/attendance", new
        {
            members = new[] { new { membershipId = members.Anna, kind = "DeputyAttending", deputyId = (Guid?)members.Ville } }, guests = new[] { "Greta Vieras" },
        }));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{item}/minutes", new { discussion = "Käytiin läpi painopisteet.", decision }));
        return (meeting, item);
    }

    [Theory, BothDatabases]
    public async Task The_approved_minutes_are_a_PDF_with_attendance_quorum_and_numbered_decisions_for_whoever_may_read_the_meeting(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/roles",
            new { kind = "Chair", agreementVersionId = SeedIds.For("agreement-version", "2026-2029"), staffUserId = SeedIds.For("user", DemoUsers.MikkeliRepresentative) }));
        var members = await MembersAsync(app, coordinator);
        var day = app.NextYearOn(1, 12);
        var (meeting, _) = await HeldMeetingAsync(app, coordinator, members, day, "Toimintasuunnitelma hyväksyttiin.");
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null));

        var reader = await app.ClientForAsync(DemoUsers.Professional);
        Assert.Equal("minutes.not_yet_approved", await CodeOfAsync(await reader.GetAsync($"/api/v1/meetings/{meeting}/minutes.pdf")));
        app.SetHelsinkiTime(day, 14, 5);
        await OkAsync(await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null));

        var response = await reader.GetAsync($"/api/v1/meetings/{meeting}/minutes.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Pöytäkirja – Lasten, nuorten ja perheiden johtoryhmä", text);
        Assert.Contains("Paikka: Mikkelin kaupungintalo", text);
        // Who was present, deputising and absent, each with the organisation they represent.
        Assert.Contains("Varajäsenenä läsnä", text);
        Assert.Contains("Ville Varamies (varajäsen, Anna Esimerkki poissa) – Mikkelin kaupunki", text);
        Assert.Contains("Poissa", text);
        Assert.Contains("Anna Esimerkki – Mikkelin kaupunki", text);
        Assert.Contains("Greta Vieras", text);
        Assert.Contains("Kokous oli päätösvaltainen: 1/1", text);
        Assert.Contains("1. Toimintasuunnitelma", text);
        Assert.Contains($"§ 1/{day.Year}", text);
        Assert.Contains("Keskustelu: Käytiin läpi painopisteet.", text);
        Assert.Contains("Päätös: Toimintasuunnitelma hyväksyttiin.", text);
        Assert.Contains("Liitteet: toimintasuunnitelma.pdf", text);
        // Who approved the minutes, and when.
        var chairName = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoUsers.MikkeliRepresentative).Select(u => u.DisplayName).SingleAsync());
        Assert.Contains($"Pöytäkirja hyväksytty {day.Finnish()} klo 14.05 ({chairName}).", text);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/meetings/{Guid.NewGuid()}/minutes.pdf")).StatusCode);

        // Who attended, was absent or deputised are people's names: reading them is audited, by whom and of which meeting.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/meetings/{meeting}")).StatusCode);
        var reads = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.ObjectId == meeting.ToString()
            && (a.Event == Perheverkko.Web.Platform.Audit.AuditEvent.MinutesDocumentRead || a.Event == Perheverkko.Web.Platform.Audit.AuditEvent.MeetingAttendanceRead))
            .Select(a => new { a.Event, a.ActorId }).ToListAsync());
        var professional = SeedIds.For("user", DemoUsers.Professional);
        Assert.Contains(reads, r => r.Event == Perheverkko.Web.Platform.Audit.AuditEvent.MinutesDocumentRead && r.ActorId == professional);
        Assert.Contains(reads, r => r.Event == Perheverkko.Web.Platform.Audit.AuditEvent.MeetingAttendanceRead && r.ActorId == professional);
    }

    [Theory, BothDatabases]
    public async Task A_group_that_approves_at_its_next_meeting_approves_the_previous_minutes_by_a_numbered_decision(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var members = await MembersAsync(app, coordinator);
        var year = app.NextYear();
        var (first, _) = await HeldMeetingAsync(app, coordinator, members, new DateOnly(year, 1, 12), "Hyväksyttiin.");
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{first}/minutes", null));

        // By default the chair approves; at the next meeting it cannot be done.
        Assert.Equal("minutes.approved_by_chair", await CodeOfAsync(await coordinator.PostAsync($"/api/v1/meetings/{first}/previous-minutes/approval", null)));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/groups/{Leadership}/minutes-approval", new { approval = "AtNextMeeting" }));
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        Assert.Equal("minutes.approved_at_next_meeting", await CodeOfAsync(await admin.PostAsync($"/api/v1/meetings/{first}/minutes/approval", null)));
        Assert.Equal("minutes.no_previous_draft", await CodeOfAsync(await coordinator.PostAsync($"/api/v1/meetings/{first}/previous-minutes/approval", null)));

        var (second, _) = await HeldMeetingAsync(app, coordinator, members, new DateOnly(year, 2, 9), "Hyväksyttiin.");
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{second}");
        Assert.Equal(first, view.GetProperty("previousMinutesToApprove").GetProperty("meetingId").GetGuid());
        var approved = await coordinator.PostAsync($"/api/v1/meetings/{second}/previous-minutes/approval", null);
        await OkAsync(approved);
        var result = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, result.GetProperty("approvedMeetingId").GetGuid());
        // The second meeting's own decision is § 2/year, the approval § 3/year: numbered with the meeting's decisions, after them.
        Assert.Equal($"§ 3/{year}", result.GetProperty("decision").GetString());
        Assert.Equal(2, result.GetProperty("recipients").GetInt32());

        var firstView = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{first}");
        Assert.Equal("MinutesApproved", firstView.GetProperty("status").GetString());
        Assert.Equal($"§ 3/{year}, kokous 9.2.{year}", firstView.GetProperty("minutesApprovedBy").GetString());
        var secondView = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{second}");
        var items = secondView.GetProperty("agendaItems").EnumerateArray().ToList();
        Assert.Equal($"Edellisen kokouksen (12.1.{year}) pöytäkirjan hyväksyminen", items[^1].GetProperty("title").GetString());
        Assert.Equal($"§ 3/{year}", items[^1].GetProperty("decisionNumber").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.MinutesVersions.CountAsync(v => v.MeetingId == first)));
        Assert.Equal("minutes.no_previous_draft", await CodeOfAsync(await coordinator.PostAsync($"/api/v1/meetings/{second}/previous-minutes/approval", null)));
        var pdf = await PdfText.ExtractAsync(await (await coordinator.GetAsync($"/api/v1/meetings/{first}/minutes.pdf")).Content.ReadAsByteArrayAsync());
        Assert.Contains($"(§ 3/{year}, kokous 9.2.{year})", pdf);
    }
}

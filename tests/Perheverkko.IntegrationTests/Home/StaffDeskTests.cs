using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.IntegrationTests.Agreements;
using Perheverkko.IntegrationTests.FamilyDirectory;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Home;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Home;

/// <summary>
/// Issue #13 item 5: the staff desk. Each feature's source puts an item on the desk of the person (or the organisation)
/// who owes it, with a link to where it is done — and not on another organisation's representative's desk.
/// </summary>
public sealed class StaffDeskTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    private static readonly Actor MikkeliRepresentative = new(SeedIds.For("user", DemoUsers.MikkeliRepresentative), "Matti Meikäläinen",
        StaffRole.Representative, Mikkeli, NetworkSeeder.SouthSavo);
    private static readonly Actor SavonlinnaRepresentative = new(SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), "Sanna Esimerkki",
        StaffRole.Representative, Savonlinna, NetworkSeeder.SouthSavo);

    private static async Task<IReadOnlyList<StaffDeskItem>> DeskAsync(TestApp app, Actor actor)
    {
        IReadOnlyList<StaffDeskItem> desk = [];
        await app.WithScopeAsync(async services => desk = await services.GetRequiredService<StaffDeskQueries>().DeskAsync(actor, CancellationToken.None));
        return desk;
    }

    private static StaffDeskItem? Item(IReadOnlyList<StaffDeskItem> desk, string key) => desk.SingleOrDefault(i => i.TextKey == key);

    [Theory, BothDatabases]
    public async Task The_chair_finds_minutes_to_approve_and_members_the_documents_they_have_not_opened(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var day = app.NextYearOn(3, 10);
        var period = app.Clock.GetUtcNow().Year is >= 2026 and <= 2029 ? SigningKit.Period2026 : SeedIds.For("agreement-version", "2024-2025");
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/roles",
            new { kind = "Chair", agreementVersionId = period, staffUserId = MikkeliRepresentative.UserId }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { staffUserId = SavonlinnaRepresentative.UserId, organisationId = Savonlinna, role = "Member", from }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day.Iso(), startTime = "13:00:00", endTime = "15:00:00", mode = "Remote", videoLink = "https://video.example/lnp" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items", new { title = "Vuosisuunnitelma", kind = "Decision" }));
        var document = await CreatedIdAsync(await Governance.AgendaDocumentTests.UploadAsync(coordinator, item, "suunnitelma.pdf", "application/pdf",
            Governance.AgendaDocumentTests.Pdf));

        // Before the agenda is sent, nobody is asked to read it.
        Assert.Null(Item(await DeskAsync(app, SavonlinnaRepresentative), "desk.governance.unread_documents"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null)).StatusCode);

        var unread = Assert.IsType<StaffDeskItem>(Item(await DeskAsync(app, SavonlinnaRepresentative), "desk.governance.unread_documents"));
        var entry = Assert.Single(unread.Entries);
        Assert.Equal($"/staff/meetings/{meeting}", entry.Link);
        Assert.Contains(day.Finnish(), entry.Name);
        Assert.Contains("1", entry.Note);
        // The chair sits in the group too; the Professional of another organisation does not.
        Assert.NotNull(Item(await DeskAsync(app, MikkeliRepresentative), "desk.governance.unread_documents"));
        var outsider = new Actor(SeedIds.For("user", DemoUsers.Professional), "Liisa Mallikas", StaffRole.Professional,
            NetworkSeeder.OrganisationId("mll-jarvi-suomi"), NetworkSeeder.SouthSavo);
        Assert.Empty(await DeskAsync(app, outsider));

        // Opening the document takes the meeting off the member's desk, and only theirs.
        var member = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/attachments/{document}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/attachments/{document}")).StatusCode); // a second read changes nothing
        Assert.Equal(1, await app.WithDbAsync(db => db.AgendaDocumentReads.CountAsync(r => r.AttachmentId == document)));
        Assert.Null(Item(await DeskAsync(app, SavonlinnaRepresentative), "desk.governance.unread_documents"));
        Assert.NotNull(Item(await DeskAsync(app, MikkeliRepresentative), "desk.governance.unread_documents"));

        // Held and drafted: the chair, and nobody else, has minutes to approve.
        app.SetHelsinkiTime(day, 14);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null)).StatusCode);
        var minutes = Assert.IsType<StaffDeskItem>(Item(await DeskAsync(app, MikkeliRepresentative), "desk.governance.minutes_to_approve"));
        Assert.Equal(($"/staff/meetings/{meeting}", 1), (Assert.Single(minutes.Entries).Link, minutes.Count));
        Assert.Null(Item(await DeskAsync(app, SavonlinnaRepresentative), "desk.governance.minutes_to_approve"));

        // The page shows it with its link; after approval it is gone.
        var page = WebUtility.HtmlDecode(await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).GetStringAsync("/staff"));
        Assert.Contains($"href=\"/staff/meetings/{meeting}\"", page);
        Assert.Contains("Hyväksyttäviä pöytäkirjoja: 1", page);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).PostAsync($"/api/v1/meetings/{meeting}/minutes/approval", null)).StatusCode);
        Assert.Null(Item(await DeskAsync(app, MikkeliRepresentative), "desk.governance.minutes_to_approve"));
    }

    [Theory, BothDatabases]
    public async Task A_representative_finds_the_decision_their_organisation_owes_and_a_signatory_the_signature(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SigningKit.FreezeAsync(app, SigningKit.Period2026);

        var decisions = Assert.IsType<StaffDeskItem>(Item(await DeskAsync(app, MikkeliRepresentative), "desk.signing.decisions"));
        var owed = Assert.Single(decisions.Entries);
        Assert.Equal($"/staff/signing/2026-2029/parties/{Mikkeli}", owed.Link);
        Assert.DoesNotContain(Item(await DeskAsync(app, SavonlinnaRepresentative), "desk.signing.decisions")!.Entries, e => e.Link.EndsWith(Mikkeli.ToString(), StringComparison.Ordinal));
        // A professional of the party records no decision, so none is on their desk.
        var professional = new Actor(SeedIds.For("user", DemoUsers.MikkeliAdviceWorker), "Mikko Mikkeliläinen", StaffRole.Professional, Mikkeli, NetworkSeeder.SouthSavo);
        Assert.Null(Item(await DeskAsync(app, professional), "desk.signing.decisions"));

        // Out for signing with the Savonlinna representative named to sign for Savonlinna: only theirs.
        await app.WithDbAsync(async db =>
        {
            var version = await db.AgreementVersions.SingleAsync(v => v.Id == SigningKit.Period2026);
            db.Entry(version).Property(v => v.Status).CurrentValue = AgreementStatus.OutForSigning;
            var party = await db.Parties.Include(p => p.Signatories).SingleAsync(p => p.AgreementVersionId == SigningKit.Period2026 && p.OrganisationId == Savonlinna);
            party.NameSignatories(SigningRule.Single, [new PartySignatory(Guid.CreateVersion7(), party.Id, SavonlinnaRepresentative.UserId!.Value,
                SavonlinnaRepresentative.Name, DemoUsers.SavonlinnaRepresentative)], anySigned: false);
            return await db.SaveChangesAsync();
        });
        var signatures = Assert.IsType<StaffDeskItem>(Item(await DeskAsync(app, SavonlinnaRepresentative), "desk.signing.signatures"));
        var toSign = Assert.Single(signatures.Entries);
        Assert.Equal("/staff/signing/2026-2029/sign", toSign.Link);
        Assert.NotNull(toSign.Note); // the party's approving decision is not recorded yet: the desk says so
        Assert.Null(Item(await DeskAsync(app, MikkeliRepresentative), "desk.signing.signatures"));
    }

    [Theory, BothDatabases]
    public async Task A_representative_finds_their_own_drafts_the_publish_gate_holds_and_the_desk_of_another_organisation_does_not(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var held = Assert.IsType<StaffDeskItem>(Item(await DeskAsync(app, MikkeliRepresentative), "desk.workforce.drafts_held"));
        Assert.Contains(held.Entries, e => e.Link == $"/staff/directory/activities/{DirectoryTestData.MikkeliDraft}");
        Assert.DoesNotContain(Item(await DeskAsync(app, SavonlinnaRepresentative), "desk.workforce.drafts_held")?.Entries ?? [],
            e => e.Link.EndsWith(DirectoryTestData.MikkeliDraft.ToString(), StringComparison.Ordinal));

        // A leader named and nobody lacking anything: the gate lets it through, so it leaves the desk.
        await DirectoryTestData.NameLeaderAsync(app, DirectoryTestData.MikkeliDraft);
        Assert.DoesNotContain(Item(await DeskAsync(app, MikkeliRepresentative), "desk.workforce.drafts_held")?.Entries ?? [],
            e => e.Link.EndsWith(DirectoryTestData.MikkeliDraft.ToString(), StringComparison.Ordinal));
    }

    [Theory, BothDatabases]
    public async Task An_empty_desk_says_so(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var page = WebUtility.HtmlDecode(await (await app.ClientForAsync(DemoUsers.Professional)).GetStringAsync("/staff"));
        Assert.Contains("id=\"desk-empty\"", page);
        Assert.Contains("Sinulta ei odota nyt mitään.", page);
    }
}

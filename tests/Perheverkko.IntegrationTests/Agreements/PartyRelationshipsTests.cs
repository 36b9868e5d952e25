using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Agreements.SigningKit;

namespace Perheverkko.IntegrationTests.Agreements;

/// <summary>The agreement's relationships in the access engine: the staff of a party to a version, and a party's named signatory.</summary>
public sealed class PartyRelationshipsTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid Essote = NetworkSeeder.OrganisationId("essote");

    [Theory, BothDatabases]
    public async Task Each_relationship_answers_for_a_whole_list_of_versions_and_parties(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var (signatory, _) = await SignatoryAsync(app, Mikkeli, "sivistysjohtaja@perheverkko.example", "Sirkka Sivistys");
        await OkAsync(NameAsync(coordinator, Period, Mikkeli, "Single", signatory));
        var ended = SeedIds.For("agreement-version", "2024-2025");

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PerheverkkoDb>();
            var source = services.GetServices<IRelationshipSource>().OfType<PartyRelationships>().Single();
            var versions = await db.AgreementVersions.AsNoTracking().Include(v => v.Parties).Where(v => v.Id == Period2026 || v.Id == ended).ToListAsync();
            var objects = versions.Select(PartyRelationships.Of)
                .Concat(versions.SelectMany(v => v.Parties.Select(p => PartyRelationships.Of(p, v.RegionId)))).ToList();
            var mikkeliParty = versions.Single(v => v.Id == Period2026).Parties.Single(p => p.OrganisationId == Mikkeli).Id;

            var sirkka = new Actor(signatory, "Sirkka Sivistys", StaffRole.Professional, Mikkeli, NetworkSeeder.SouthSavo);
            // Named for Mikkeli in 2026–2029: that party only, not Mikkeli's party in the ended version, not the versions.
            Assert.Equal([mikkeliParty], (await source.HeldOnAsync(Relationship.NamedSignatory, sirkka, objects, CancellationToken.None)).ToArray());
            // Mikkeli is a party of both, but its participation in 2024–2025 ended with that version.
            Assert.Equal([Period2026], (await source.HeldOnAsync(Relationship.PartyStaff, sirkka, objects, CancellationToken.None)).ToArray());

            var representative = new Actor(SeedIds.For("user", DemoUsers.MikkeliRepresentative), "Mikkelin edustaja", StaffRole.Representative, Mikkeli, NetworkSeeder.SouthSavo);
            Assert.Empty(await source.HeldOnAsync(Relationship.NamedSignatory, representative, objects, CancellationToken.None));
            var outsider = new Actor(Guid.NewGuid(), "Erkki Entinen", StaffRole.Representative, Essote, NetworkSeeder.SouthSavo);
            Assert.Empty(await source.HeldOnAsync(Relationship.PartyStaff, outsider, objects, CancellationToken.None));
        });

        // The dashboard offers signing to the named signatory, on their party's row only; not to the party's representative.
        var sirkkaClient = app.CreateClient();
        sirkkaClient.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync("sivistysjohtaja@perheverkko.example"));
        var maySign = SignersOf(await sirkkaClient.GetFromJsonAsync<JsonElement>(VersionPath(Period, "signing")));
        Assert.Equal([Mikkeli], maySign);
        Assert.Empty(SignersOf(await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).GetFromJsonAsync<JsonElement>(VersionPath(Period, "signing"))));
        Assert.Empty(SignersOf(await (await app.ClientForAsync(DemoUsers.Admin)).GetFromJsonAsync<JsonElement>(VersionPath(Period, "signing"))));
    }

    [Theory, BothDatabases]
    public async Task A_named_signatory_may_sign_while_the_partys_own_representative_may_not(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await FreezeAsync(app, Period2026);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var (signatory, key) = await SignatoryAsync(app, Mikkeli, "sivistysjohtaja@perheverkko.example", "Sirkka Sivistys");
        await OkAsync(NameAsync(coordinator, Period, Mikkeli, "Single", signatory));
        await OkAsync(coordinator.PutAsJsonAsync(Party(Period, Mikkeli, "decision"), Decision(Today(app))));
        await OkAsync(coordinator.PostAsync(VersionPath(Period, "signing"), null));

        var representativeKey = await EnableSecondFactorAsync(app, DemoUsers.MikkeliRepresentative);
        var representative = await SignInWithSecondFactorAsync(app, DemoUsers.MikkeliRepresentative, representativeKey);
        Assert.Equal("access.denied", await CodeAsync(SignAsync(representative, Period, Mikkeli), HttpStatusCode.Forbidden));
        await OkAsync(SignAsync(await SignInWithSecondFactorAsync(app, "sivistysjohtaja@perheverkko.example", key), Period, Mikkeli));
        Assert.Equal(1, await app.WithDbAsync(db => db.SigningEvents.CountAsync(e => e.AgreementVersionId == Period2026 && e.SignatoryUserId == signatory)));
    }

    [Theory, BothDatabases]
    public async Task A_representative_of_an_organisation_that_is_no_party_cannot_comment_on_a_draft(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        await ApiResponses.OkAsync(await coordinator.PostAsJsonAsync("/api/v1/agreement-versions",
            new { from = "2026-2029", startYear = 2030, endYear = 2033, title = "Etelä-Savon perhekeskustoiminnan yhteistyösopimus" }));
        await SignatoryAsync(app, Essote, "edustaja@essote.example", "Erkki Entinen", StaffRole.Representative);
        var outsider = app.CreateClient();
        outsider.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync("edustaja@essote.example"));

        const string Comments = "/api/v1/agreement-versions/2030-2033/sections/2/comments";
        Assert.Equal("access.denied", await CodeAsync(outsider.PostAsJsonAsync(Comments, new { body = "Emme ole osapuoli." }), HttpStatusCode.Forbidden));
        await ApiResponses.OkAsync(await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).PostAsJsonAsync(Comments, new { body = "Kausi on hyvä." }));
        // The outsider still reads the draft and its comments (staff of the region), but is offered no comment button.
        var draft = await outsider.GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2030-2033");
        Assert.DoesNotContain("CommentOnAgreementDraft", draft.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        var mikkeli = await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).GetFromJsonAsync<JsonElement>("/api/v1/agreement-versions/2030-2033");
        Assert.Contains("CommentOnAgreementDraft", mikkeli.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.AccessDenied).Select(a => a.Detail).ToListAsync()),
            d => d == nameof(StaffAction.CommentOnAgreementDraft));
    }

    [Theory, BothDatabases]
    public async Task The_annex_is_for_the_staff_of_the_parties_and_the_regions_leads(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // A professional of a party (MLL Järvi-Suomi) by the relationship; the coordinator by role.
        await ApiResponses.OkAsync(await (await app.ClientForAsync(DemoUsers.Professional)).GetAsync(VersionPath(Period, "annex")));
        await ApiResponses.OkAsync(await (await app.ClientForAsync(DemoUsers.Coordinator)).GetAsync(VersionPath(Period, "annex")));
        await SignatoryAsync(app, Essote, "ammattilainen@essote.example", "Eeva Entinen");
        var outsider = app.CreateClient();
        outsider.DefaultRequestHeaders.Authorization = new("Bearer", await app.IssueTokenAsync("ammattilainen@essote.example"));
        Assert.Equal("access.denied", await CodeAsync(outsider.GetAsync(VersionPath(Period, "annex")), HttpStatusCode.Forbidden));
        // The ended version's parties are parties no longer: its annex is the leads' only.
        Assert.Equal("access.denied", await CodeAsync((await app.ClientForAsync(DemoUsers.Professional)).GetAsync(VersionPath("2024-2025", "annex")),
            HttpStatusCode.Forbidden));
    }

    private static List<Guid> SignersOf(JsonElement dashboard) =>
        dashboard.GetProperty("parties").EnumerateArray()
            .Where(p => p.GetProperty("permittedActions").EnumerateArray().Any(a => a.GetString() == nameof(StaffAction.SignAgreement)))
            .Select(p => p.GetProperty("organisationId").GetGuid()).ToList();
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Testing.Ptv;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.IntegrationTests.Ptv;

/// <summary>
/// The import from PTV (issue #19 items 2 and 4, "Bad input") against the fake PTV's Open API v11: the dry run, applying,
/// drift on a re-import, entries PTV serves that cannot be taken, who may import, and PTV's errors and retries.
/// </summary>
public sealed class PtvImportTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid MikkeliMunicipality = NetworkSeeder.MunicipalityId("mikkeli");
    private static readonly Actor Representative =
        new(SeedIds.For("user", DemoUsers.MikkeliRepresentative), "Mikkelin edustaja", StaffRole.Representative, Mikkeli, NetworkSeeder.SouthSavo);

    private static async Task ConnectAsync(TestApp app, Guid organisationId, Guid? ptvOrganisationId) => await app.WithDbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var connection = PtvConnection.Create(organisationId, NetworkSeeder.SouthSavo, now);
        connection.SetPtvOrganisation(ptvOrganisationId, now);
        db.PtvConnections.Add(connection);
        return await db.SaveChangesAsync();
    });

    private static async Task<T> RunAsync<T>(TestApp app, Func<IServiceProvider, Task<T>> work)
    {
        T result = default!;
        await app.WithScopeAsync(async services => result = await work(services));
        return result;
    }

    private static Task<PtvImportPreview> PreviewAsync(TestApp app, Actor actor) =>
        RunAsync(app, s => s.GetRequiredService<PreviewPtvImport>().HandleAsync(actor, Mikkeli, CancellationToken.None));

    private static Task<PtvImportResult> ApplyAsync(TestApp app, Actor actor) =>
        RunAsync(app, s => s.GetRequiredService<ApplyPtvImport>().HandleAsync(actor, Mikkeli, CancellationToken.None));

    private static async Task<string> RefusalAsync(Func<Task> work) => (await Assert.ThrowsAnyAsync<DomainRuleViolation>(work)).Rule.Code;

    [Theory, BothDatabases]
    public async Task A_dry_run_then_an_apply_imports_valid_entries_whole_and_a_reimport_shows_drift(DatabaseProvider provider)
    {
        await using var ptv = await FakePtv.StartAsync();
        await using var app = await TestApp.StartAsync(provider, ptv.Settings);
        var ptvOrganisation = Guid.NewGuid();
        ptv.SeedExampleOrganisation(ptvOrganisation);
        var (invalidService, invalidPlace) = ptv.AddInvalidEntries(ptvOrganisation);
        await ConnectAsync(app, Mikkeli, ptvOrganisation);
        async Task<int> Imported() => await app.WithDbAsync(async db =>
            await db.Services.CountAsync(s => s.PtvId != null) + await db.MeetingPlaces.CountAsync(p => p.PtvId != null));

        // The dry run lists every entry of PTV's answer, pages followed (page size 2), and changes nothing.
        var preview = await PreviewAsync(app, Representative);
        Assert.Equal((5, 2), (preview.Count(PtvImportChange.New), preview.Count(PtvImportChange.Invalid)));
        Assert.Equal(ptvOrganisation, preview.PtvOrganisationId);
        Assert.Contains(ptv.Requests, r => r.Contains("/api/v11/Service/list/organization", StringComparison.Ordinal) && r.EndsWith("page=2", StringComparison.Ordinal));
        Assert.Equal(0, await Imported());
        var badService = preview.Items.Single(i => i.PtvId == invalidService.ToString());
        Assert.Equal(new[] { PtvImportProblems.NoFinnishName, PtvImportProblems.TextTooLong, PtvImportProblems.UnknownCode }, badService.Problems.Select(p => p.Code).Distinct().Order());
        var badPlace = preview.Items.Single(i => i.PtvId == invalidPlace.ToString());
        Assert.Equal(new[] { PtvImportProblems.InvalidCoordinates, PtvImportProblems.InvalidHours }, badPlace.Problems.Select(p => p.Code).Distinct().Order());

        // Applying creates the valid ones, kept in PTV, published and findable; nothing of the invalid ones is stored.
        Assert.Equal(new PtvImportResult(5, 0, 0, 2), await ApplyAsync(app, Representative));
        var (places, services) = await app.WithDbAsync(async db => (await db.MeetingPlaces.Where(p => p.PtvId != null).ToListAsync(), await db.Services.Where(s => s.PtvId != null).ToListAsync()));
        Assert.Equal(5, places.Count + services.Count);
        Assert.All(places.Cast<PtvSyncedEntry>().Concat(services), e => Assert.Equal((DirectoryMaster.Ptv, PublicationState.Published, Mikkeli), (e.Master, e.State, e.OrganisationId)));
        Assert.DoesNotContain(places, p => p.PtvId == invalidPlace.ToString());
        var centre = places.Single(p => p.PtvId == ptv.IdOf("Perhekeskus Mikkeli, kohtaamispaikka").ToString());
        Assert.Equal(("perhekeskus-mikkeli-kohtaamispaikka", MikkeliMunicipality, "Maaherrankatu 13", "50100", "Mikkeli", "+358 447940000"),
            (centre.Slug, centre.MunicipalityId, centre.StreetAddress, centre.PostalCode, centre.PostOffice, centre.Phone));
        Assert.Equal(61.6886, centre.Latitude!.Value, 4);
        Assert.Equal(27.2723, centre.Longitude!.Value, 4);
        Assert.Equal(new WeeklyOpening(DayOfWeek.Wednesday, new TimeOnly(12, 0), new TimeOnly(18, 0)), centre.OpeningHours[2]);
        Assert.Equal(new OpeningException(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 26), null, null, new LocalizedText("Suljettu")), centre.OpeningExceptions.Single());
        var clinic = services.Single(s => s.Name.Fi == "Äitiys- ja lastenneuvola");
        Assert.Equal(2, clinic.MeetingPlaceIds.Count);
        Assert.Equal((ServiceLevel.BasicHealth, "Mödra- och barnrådgivning"), (clinic.Level, clinic.Name.Sv));
        Assert.Equal(new[] { Topic.Pregnancy, Topic.BabyCare, Topic.ChildDevelopment }, clinic.Details().Topics.Order());
        Assert.Equal(new[] { Audience.Families, Audience.Children }, clinic.Details().Audiences.Order());
        var hits = await RunAsync(app, s => s.GetRequiredService<SearchIndex>().FindAsync("perheneuvola", null, 10, CancellationToken.None));
        Assert.Contains(hits, h => h.ItemId == services.Single(s => s.Name.Fi == "Perheneuvola").Id);
        var connection = await app.WithDbAsync(db => db.PtvConnections.SingleAsync(c => c.OrganisationId == Mikkeli));
        Assert.NotNull(connection.LastImportedAt);
        Assert.Contains("created=5", await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.PtvImportApplied).Select(a => a.Detail).SingleAsync()));

        // Drift: PTV's editor renames a service and changes a place's phone; an entry switched to be kept here and edited in
        // PTV differs; a withdrawn service is gone. The review shows each field with both values; applying takes the drift only.
        var counselling = ptv.IdOf("Perheneuvola");
        ptv.Change(counselling, s => FakePtv.SetText(s, "serviceNames", "Name", "Perheneuvola ja kasvatusneuvonta"));
        ptv.Change(centre.PtvId is { } id ? Guid.Parse(id) : default, c => c["phoneNumbers"]![0]!["number"] = "447949999");
        var clinicPlace = places.Single(p => p.Name.Fi == "Neuvola Mikkeli keskusta");
        await app.WithDbAsync(async db =>
        {
            var place = await db.MeetingPlaces.SingleAsync(p => p.Id == clinicPlace.Id);
            place.SwitchMaster(place.Version, DirectoryMaster.Perheverkko, app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        ptv.Change(Guid.Parse(clinicPlace.PtvId!), c => c["emails"]![0]!["value"] = "neuvola.keskusta@mikkeli.example");
        ptv.Services.TryRemove(ptv.IdOf("Perhetyö"), out _);
        var drift = await PreviewAsync(app, Representative);
        var renamed = drift.Items.Single(i => i.PtvId == counselling.ToString());
        Assert.Equal(PtvImportChange.Changed, renamed.Change);
        Assert.Equal(new PtvFieldDifference("name", "Perheneuvola / Familjerådgivningen / Family counselling",
            "Perheneuvola ja kasvatusneuvonta / Familjerådgivningen / Family counselling"), renamed.Differences.Single());
        Assert.Equal(new PtvFieldDifference("phone", "+358 447940000", "+358 447949999"), drift.Items.Single(i => i.EntryId == centre.Id).Differences.Single());
        Assert.Equal((PtvImportChange.DiffersInPtv, "email"), drift.Items.Single(i => i.EntryId == clinicPlace.Id) is var d ? (d.Change, d.Differences.Single().Field) : default);
        Assert.Equal(PtvImportChange.GoneFromPtv, drift.Items.Single(i => i.Name == "Perhetyö").Change);
        Assert.Equal(1, drift.Count(PtvImportChange.Unchanged));

        Assert.Equal(new PtvImportResult(0, 2, 1, 2), await ApplyAsync(app, Representative));
        Assert.Equal("Perheneuvola ja kasvatusneuvonta", await app.WithDbAsync(db => db.Services.Where(s => s.PtvId == counselling.ToString()).Select(s => s.Name.Fi).SingleAsync()));
        var kept = await app.WithDbAsync(db => db.MeetingPlaces.SingleAsync(p => p.Id == clinicPlace.Id));
        Assert.Equal(("neuvola@mikkeli.example", DirectoryMaster.Perheverkko), (kept.Email, kept.Master));
        Assert.Equal(PublicationState.Published, await app.WithDbAsync(db => db.Services.Where(s => s.Name.Fi == "Perhetyö").Select(s => s.State).SingleAsync()));

        // Another organisation connected to the same PTV organisation never takes over Mikkeli's entries: each is invalid for it.
        var savonlinna = NetworkSeeder.OrganisationId("savonlinna");
        await ConnectAsync(app, savonlinna, ptvOrganisation);
        var coordinator = new Actor(SeedIds.For("user", DemoUsers.Coordinator), "Koordinaattori", StaffRole.Coordinator, null, NetworkSeeder.SouthSavo);
        var foreign = await RunAsync(app, s => s.GetRequiredService<PreviewPtvImport>().HandleAsync(coordinator, savonlinna, CancellationToken.None));
        Assert.All(foreign.Items.Where(i => i.EntryId is not null), i =>
            Assert.Equal((PtvImportChange.Invalid, PtvImportProblems.OtherOrganisation), (i.Change, i.Problems.Single().Code)));
    }

    [Theory, BothDatabases]
    public async Task Only_the_organisations_own_people_may_import_and_PTVs_errors_are_rules_with_nothing_half_done(DatabaseProvider provider)
    {
        await using var ptv = await FakePtv.StartAsync();
        await using var app = await TestApp.StartAsync(provider, ptv.Settings);
        var ptvOrganisation = Guid.NewGuid();
        ptv.SeedExampleOrganisation(ptvOrganisation);

        // Access first: a professional, and another organisation's representative, are refused before anything is read.
        var professional = new Actor(Guid.NewGuid(), "Kalle Kokeilija", StaffRole.Professional, Mikkeli, NetworkSeeder.SouthSavo);
        var otherRepresentative = new Actor(SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), "Savonlinnan edustaja", StaffRole.Representative,
            NetworkSeeder.OrganisationId("savonlinna"), NetworkSeeder.SouthSavo);
        await Assert.ThrowsAsync<AccessDeniedException>(() => PreviewAsync(app, professional));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ApplyAsync(app, otherRepresentative));
        Assert.Equal("ptv.no_organisation", await RefusalAsync(() => PreviewAsync(app, Representative)));

        // An organisation PTV does not know.
        await ConnectAsync(app, Mikkeli, Guid.NewGuid());
        Assert.Equal("ptv.organisation_not_found", await RefusalAsync(() => PreviewAsync(app, Representative)));
        await app.WithDbAsync(async db =>
        {
            (await db.PtvConnections.SingleAsync(c => c.OrganisationId == Mikkeli)).SetPtvOrganisation(ptvOrganisation, app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });

        // Busy once (429 with Retry-After), then answering: asked again, and the answer is used.
        ptv.FailNext("/api/v11/Service", 429);
        Assert.Equal(5, (await PreviewAsync(app, Representative)).Count(PtvImportChange.New));
        Assert.Equal(2, ptv.Requests.Count(r => r == $"GET /api/v11/Service/list/organization?organizationId={ptvOrganisation}&page=1"));

        // Failing on every attempt while the channels are read, after the services: unavailable, and nothing is stored.
        for (var i = 0; i < PtvOpenApiClient.Attempts; i++) ptv.FailNext("/api/v11/ServiceChannel", 500);
        Assert.Equal("ptv.unavailable", await RefusalAsync(() => ApplyAsync(app, Representative)));
        Assert.Equal(0, await app.WithDbAsync(async db => await db.Services.CountAsync(s => s.PtvId != null) + await db.MeetingPlaces.CountAsync(p => p.PtvId != null)));
        Assert.Null((await app.WithDbAsync(db => db.PtvConnections.SingleAsync(c => c.OrganisationId == Mikkeli))).LastImportedAt);

        // A region lead may import for the organisation.
        var coordinator = new Actor(SeedIds.For("user", DemoUsers.Coordinator), "Koordinaattori", StaffRole.Coordinator, null, NetworkSeeder.SouthSavo);
        Assert.Equal(5, (await ApplyAsync(app, coordinator)).Created);
    }
}

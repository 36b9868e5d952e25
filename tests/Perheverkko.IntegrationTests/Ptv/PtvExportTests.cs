using Microsoft.AspNetCore.DataProtection;
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

namespace Perheverkko.IntegrationTests.Ptv;

/// <summary>
/// Export to PTV (issue #19 item 3) against the fake PTV: a request queues, the job sends with the organisation's own API
/// user, PTV's answer is kept per entry (accepted with PTV's id, rejected with PTV's message), busy and down are retried
/// with growing delays until the attempts run out, and a refusal leaves the entry here as it was.
/// </summary>
public sealed class PtvExportTests
{
    private static readonly Guid Region = NetworkSeeder.SouthSavo;
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid MikkeliMunicipality = NetworkSeeder.MunicipalityId("mikkeli");
    private static readonly Guid PtvOrganisation = Guid.Parse("7b58c7b5-1e1f-4d7e-9b3a-2d1b6f0a9c11");
    private static readonly Actor Representative = new(SeedIds.For("user", DemoUsers.MikkeliRepresentative), "Matti Meikäläinen", StaffRole.Representative, Mikkeli, Region);
    private static readonly Actor Professional = new(Guid.NewGuid(), "Paula Perhetyöntekijä", StaffRole.Professional, Mikkeli, Region);
    private static readonly Actor OtherRepresentative = new(SeedIds.For("user", DemoUsers.SavonlinnaRepresentative), "Sanna Esimerkki", StaffRole.Representative,
        NetworkSeeder.OrganisationId("savonlinna"), Region);

    private static async Task<(FakePtv, TestApp)> StartAsync(DatabaseProvider provider)
    {
        var ptv = await FakePtv.StartAsync();
        ptv.Credentials["mikkeli-perheverkko"] = "Salasana-123";
        var app = await TestApp.StartAsync(provider, new Dictionary<string, string?>(ptv.Settings) { ["Ptv:ExportAttempts"] = "3" });
        return (ptv, app);
    }

    private static Task ConnectAsync(TestApp app, Guid? ptvOrganisation, string? username, string? password) => app.WithDbAsync(async db =>
    {
        var connection = await db.PtvConnections.SingleOrDefaultAsync(c => c.OrganisationId == Mikkeli);
        if (connection is null) db.PtvConnections.Add(connection = PtvConnection.Create(Mikkeli, Region, DateTime.UtcNow));
        connection.SetPtvOrganisation(ptvOrganisation, DateTime.UtcNow);
        var protection = app.Services.GetRequiredService<IDataProtectionProvider>();
        connection.SetCredentials(username, password is null ? null : PtvSecrets.Protect(protection, password), DateTime.UtcNow);
        return await db.SaveChangesAsync();
    });

    private static async Task<PtvExportStatus> RequestAsync(TestApp app, Actor actor, PtvEntryKind kind, Guid id)
    {
        var status = PtvExportStatus.NotSent;
        await app.WithScopeAsync(async sp => status = await sp.GetRequiredService<RequestPtvExport>().HandleAsync(actor, kind, id, CancellationToken.None));
        return status;
    }

    private static async Task<string> RefusalAsync(TestApp app, Actor actor, PtvEntryKind kind, Guid id)
    {
        try { await RequestAsync(app, actor, kind, id); }
        catch (AccessDeniedException) { return "403"; }
        catch (DomainRuleViolation e) { return e.Rule.Code; }
        return "queued";
    }

    private static Task RunJobAsync(TestApp app) => app.WithScopeAsync(sp => sp.GetRequiredService<PtvExportJob>().RunAsync(CancellationToken.None));

    private static Task<PtvExport> ExportAsync(TestApp app, Guid id) => app.WithDbAsync(db => db.PtvExports.AsNoTracking().SingleAsync(e => e.EntryId == id));

    private static Task<T> ChangeAsync<T>(TestApp app, Guid id, Func<T, DateTime, Task> change) where T : PtvSyncedEntry => app.WithDbAsync(async db =>
    {
        var entry = await db.Set<T>().SingleAsync(e => e.Id == id);
        await change(entry, DateTime.UtcNow);
        await db.SaveChangesAsync();
        return entry;
    });

    private static MeetingPlaceDetails Place(string name) => new(new LocalizedText(name, name.Replace("Perhetalo", "Familjehuset")),
        new LocalizedText("Avoin kohtaamispaikka lapsiperheille.\n\nTervetuloa kahville!"), MeetingPlaceKind.MeetingPlace, MikkeliMunicipality,
        "Porrassalmenkatu 17 A", "50100", "Mikkeli", 61.6886, 27.2728, new LocalizedText(""),
        [new WeeklyOpening(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(16, 0)), new WeeklyOpening(DayOfWeek.Thursday, new TimeOnly(12, 0), new TimeOnly(18, 30))],
        [new OpeningException(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 26), null, null, new LocalizedText("Joulutauko"))],
        [], "015 194 2000", "perhetalo@mikkeli.example", "https://perhetalo.mikkeli.example", null);

    private static Task<Guid> AddPlaceAsync(TestApp app, MeetingPlaceDetails details, PublicationState state) => app.WithDbAsync(async db =>
    {
        var id = Guid.NewGuid();
        var place = MeetingPlace.Create(id, Region, "ptv-" + id.ToString("N")[..8], Mikkeli, details, DateTime.UtcNow);
        if (state != PublicationState.Draft) place.MoveTo(1, state, DateTime.UtcNow);
        db.MeetingPlaces.Add(place);
        await db.SaveChangesAsync();
        return id;
    });

    [Theory, BothDatabases]
    public async Task A_meeting_place_is_created_updated_retried_rejected_and_archived_in_PTV(DatabaseProvider provider)
    {
        var (ptv, app) = await StartAsync(provider);
        await using var _ = ptv;
        await using var __ = app;
        var placeId = await AddPlaceAsync(app, Place("Perhetalo Pikkuinen"), PublicationState.Published);
        const PtvEntryKind kind = PtvEntryKind.MeetingPlace;

        // The organisation's PTV link comes first: its PTV id, then its API user; only its representative and the region's leads send.
        Assert.Equal("ptv.no_organisation", await RefusalAsync(app, Representative, kind, placeId));
        await ConnectAsync(app, PtvOrganisation, null, null);
        Assert.Equal("ptv.no_credentials", await RefusalAsync(app, Representative, kind, placeId));
        await ConnectAsync(app, PtvOrganisation, "mikkeli-perheverkko", "Salasana-123");
        Assert.Equal("403", await RefusalAsync(app, Professional, kind, placeId));
        Assert.Equal("403", await RefusalAsync(app, OtherRepresentative, kind, placeId));
        Assert.Equal("ptv.export_draft", await RefusalAsync(app, Representative, kind, await AddPlaceAsync(app, Place("Perhetalo Luonnos"), PublicationState.Draft)));
        Assert.Equal("ptv.export_not_in_ptv", await RefusalAsync(app, Representative, kind, await AddPlaceAsync(app, Place("Perhetalo Arkisto"), PublicationState.Archived)));
        var keptInPtv = await app.WithDbAsync(async db =>
        {
            var place = MeetingPlace.ImportFromPtv(Guid.NewGuid(), Region, "ptv-tuotu", Mikkeli, Guid.NewGuid().ToString(), Place("Perhetalo Tuotu"), DateTime.UtcNow);
            db.MeetingPlaces.Add(place);
            await db.SaveChangesAsync();
            return place.Id;
        });
        Assert.Equal("directory.mastered_in_ptv", await RefusalAsync(app, Representative, kind, keptInPtv));

        // Queued, then sent by the job with our id as sourceId: PTV's id is recorded, the entry's version stays.
        Assert.Equal(PtvExportStatus.Queued, await RequestAsync(app, Representative, kind, placeId));
        await RunJobAsync(app);
        var (ptvId, version) = await app.WithDbAsync(async db => await db.MeetingPlaces.Where(p => p.Id == placeId).Select(p => new ValueTuple<string?, int>(p.PtvId, p.Version)).SingleAsync());
        Assert.Equal((PtvExportStatus.Accepted, 1), ((await ExportAsync(app, placeId)).Status, (await ExportAsync(app, placeId)).Attempts));
        var stored = Assert.Single(ptv.ServiceLocations).Value;
        Assert.Equal((ptvId, placeId.ToString("D")), (stored["id"]!.GetValue<string>(), stored["sourceId"]!.GetValue<string>()));
        Assert.Equal(2, version);
        var street = stored["addresses"]![0]!["streetAddress"]!;
        Assert.Equal(("Porrassalmenkatu", "17 A", "491"), (street["street"]![0]!["value"]!.GetValue<string>(), street["streetNumber"]!.GetValue<string>(),
            street["municipality"]!["code"]!.GetValue<string>()));
        Assert.InRange(double.Parse(street["latitude"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), 6839520.0, 6839522.0);
        Assert.Equal(["DaysOfTheWeek", "Exceptional"], stored["serviceHours"]!.AsArray().Select(h => h!["serviceHourType"]!.GetValue<string>()));

        // Edited and sent again: an update by sourceId, no second item in PTV. PTV's tokens ran out meanwhile: one new token, no harm.
        await ChangeAsync<MeetingPlace>(app, placeId, (p, now) => { p.Update(p.Version, Place("Perhetalo Pikkuinen ja Iso"), now); return Task.CompletedTask; });
        ptv.ExpireTokens();
        await RequestAsync(app, Representative, kind, placeId);
        await RunJobAsync(app);
        Assert.Equal(PtvExportStatus.Accepted, (await ExportAsync(app, placeId)).Status);
        Assert.Equal("Perhetalo Pikkuinen ja Iso", Assert.Single(ptv.ServiceLocations).Value["serviceChannelNames"]![0]!["value"]!.GetValue<string>());
        Assert.Contains($"PUT /api/v11/ServiceChannel/ServiceLocation/sourceId/{placeId:D}", ptv.Requests);

        // Busy (429, Retry-After 1 s): queued again for a second later, not before; then accepted.
        ptv.FailNext("/api/v11/ServiceChannel", 429);
        await RequestAsync(app, Representative, kind, placeId);
        await RunJobAsync(app);
        var busy = await ExportAsync(app, placeId);
        Assert.Equal((PtvExportStatus.Queued, 1, "HTTP 429"), (busy.Status, busy.Attempts, busy.Message));
        Assert.True(busy.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime);
        await RunJobAsync(app);
        Assert.Equal(1, (await ExportAsync(app, placeId)).Attempts);
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        await RunJobAsync(app);
        Assert.Equal((PtvExportStatus.Accepted, 2), ((await ExportAsync(app, placeId)).Status, (await ExportAsync(app, placeId)).Attempts));

        // Down (500) on every attempt: 1 and 2 minutes apart, then rejected after the third (Ptv:ExportAttempts), with a message.
        for (var i = 0; i < 3; i++) ptv.FailNext("/api/v11/ServiceChannel", 500);
        await RequestAsync(app, Representative, kind, placeId);
        await RunJobAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunJobAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunJobAsync(app);
        var down = await ExportAsync(app, placeId);
        Assert.Equal((PtvExportStatus.Rejected, 3, PtvExportJob.GaveUp), (down.Status, down.Attempts, down.Message));

        // PTV refuses (400): its own message is kept and shown, the entry here is as it was.
        var before = await app.WithDbAsync(db => db.MeetingPlaces.AsNoTracking().SingleAsync(p => p.Id == placeId));
        ptv.RejectNext.Enqueue(("ServiceChannelNames[0].Value", "Nimi on jo käytössä toisella palvelupaikalla."));
        await RequestAsync(app, Representative, kind, placeId);
        await RunJobAsync(app);
        var rejected = await ExportAsync(app, placeId);
        Assert.Equal((PtvExportStatus.Rejected, "ServiceChannelNames[0].Value: Nimi on jo käytössä toisella palvelupaikalla."), (rejected.Status, rejected.Message));
        var after = await app.WithDbAsync(db => db.MeetingPlaces.AsNoTracking().SingleAsync(p => p.Id == placeId));
        Assert.Equal((before.Version, before.Name, before.PtvId), (after.Version, after.Name, after.PtvId));

        // The status as the pages read it: the representative may sync; the professional sees it but may not; another organisation's may not look.
        await app.WithScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<PtvQueries>();
            var page = await queries.OrganisationAsync(Representative, Mikkeli, CancellationToken.None);
            Assert.Equal((true, true, true, "mikkeli-perheverkko"), (page.Configured, page.CanSync, page.HasPassword, page.ApiUsername));
            var entry = page.Entries.Single(e => e.EntryId == placeId);
            Assert.Equal((PtvExportStatus.Rejected, ptvId), (entry.Status, entry.PtvId));
            Assert.Equal(PtvExportStatus.NotSent, page.Entries.Single(e => e.Name == "Perhetalo Luonnos").Status);
            Assert.False((await queries.OrganisationAsync(Professional, Mikkeli, CancellationToken.None)).CanSync);
            Assert.Equal(PtvExportStatus.Rejected, (await queries.EntryAsync(Professional, kind, placeId, CancellationToken.None))!.Status);
            await Assert.ThrowsAsync<AccessDeniedException>(() => queries.OrganisationAsync(OtherRepresentative, Mikkeli, CancellationToken.None));
        });

        // The API user's password changed in PTV: the organisation's credentials are refused, said plainly.
        ptv.Credentials["mikkeli-perheverkko"] = "Uusi-salasana-456";
        ptv.ExpireTokens();
        await RequestAsync(app, Representative, kind, placeId);
        await RunJobAsync(app);
        Assert.Equal((PtvExportStatus.Rejected, PtvInputClient.CredentialsRefused), ((await ExportAsync(app, placeId)).Status, (await ExportAsync(app, placeId)).Message));

        // Archived here, archived in PTV.
        await ConnectAsync(app, PtvOrganisation, "mikkeli-perheverkko", "Uusi-salasana-456");
        await ChangeAsync<MeetingPlace>(app, placeId, (p, now) => { p.MoveTo(p.Version, PublicationState.Archived, now); return Task.CompletedTask; });
        await RequestAsync(app, Representative, kind, placeId);
        await RunJobAsync(app);
        Assert.Equal(PtvExportStatus.Accepted, (await ExportAsync(app, placeId)).Status);
        Assert.Equal("Deleted", Assert.Single(ptv.ServiceLocations).Value["publishingStatus"]!.GetValue<string>());

        var audited = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.ObjectId == placeId.ToString()).Select(r => r.Event).ToListAsync());
        Assert.Equal(7, audited.Count(e => e == AuditEvent.PtvExportRequested));
        Assert.Contains(AuditEvent.PtvExportAnswered, audited);
    }

    [Theory, BothDatabases]
    public async Task A_service_is_created_updated_and_archived_in_PTV_and_a_rejection_leaves_it_unchanged(DatabaseProvider provider)
    {
        var (ptv, app) = await StartAsync(provider);
        await using var _ = ptv;
        await using var __ = app;
        await ConnectAsync(app, PtvOrganisation, "mikkeli-perheverkko", "Salasana-123");
        ServiceDetails Details(string name, Cost cost) => new(new LocalizedText(name, "Familjearbete"), new LocalizedText("Kotiin annettavaa tukea lapsiperheille."),
            ServiceLevel.Universal, MikkeliMunicipality, 0, 17, [Audience.Families], [Topic.Parenting], ["fi", "sv"], [], "044 123 4567", null, null, null, cost, "Maksu tulojen mukaan.");
        var serviceId = await app.WithDbAsync(async db =>
        {
            var service = Service.Create(Guid.NewGuid(), Region, Mikkeli, Details("Lapsiperheiden kotipalvelu", Cost.Free), DateTime.UtcNow);
            service.MoveTo(1, PublicationState.Published, DateTime.UtcNow);
            db.Services.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });
        const PtvEntryKind kind = PtvEntryKind.Service;

        await RequestAsync(app, Representative, kind, serviceId);
        await RunJobAsync(app);
        Assert.Equal(PtvExportStatus.Accepted, (await ExportAsync(app, serviceId)).Status);
        var stored = Assert.Single(ptv.Services).Value;
        Assert.Equal((serviceId.ToString("D"), "FreeOfCharge", PtvOrganisation.ToString("D")), (stored["sourceId"]!.GetValue<string>(),
            stored["serviceChargeType"]!.GetValue<string>(), stored["organizations"]![0]!["organization"]!["id"]!.GetValue<string>()));
        Assert.Equal(PtvCodes.ServiceClassUris([Topic.Parenting], ServiceLevel.Universal), stored["serviceClasses"]!.AsArray().Select(c => c!["uri"]!.GetValue<string>()));
        Assert.Equal(PtvCodes.TargetGroupUris([Audience.Families]), stored["targetGroups"]!.AsArray().Select(c => c!["uri"]!.GetValue<string>()));
        Assert.Equal(stored["id"]!.GetValue<string>(), await app.WithDbAsync(db => db.Services.Where(s => s.Id == serviceId).Select(s => s.PtvId).SingleAsync()));

        // Edited (now with a fee) and sent again: the same item in PTV, updated by sourceId.
        await ChangeAsync<Service>(app, serviceId, (s, now) => { s.Update(s.Version, Details("Lapsiperheiden kotipalvelu", Cost.Fee), now); return Task.CompletedTask; });
        await RequestAsync(app, Representative, kind, serviceId);
        await RunJobAsync(app);
        stored = Assert.Single(ptv.Services).Value;
        Assert.Equal("Chargeable", stored["serviceChargeType"]!.GetValue<string>());
        Assert.Contains(stored["serviceDescriptions"]!.AsArray(), d => d!["type"]!.GetValue<string>() == "ChargeTypeAdditionalInfo");

        // A name PTV refuses: rejected with PTV's message, the entry here unchanged, PTV's copy as it was.
        await ChangeAsync<Service>(app, serviceId, (s, now) => { s.Update(s.Version, Details("REJECT kotipalvelu", Cost.Fee), now); return Task.CompletedTask; });
        var version = await app.WithDbAsync(db => db.Services.Where(s => s.Id == serviceId).Select(s => s.Version).SingleAsync());
        await RequestAsync(app, Representative, kind, serviceId);
        await RunJobAsync(app);
        var rejected = await ExportAsync(app, serviceId);
        Assert.Equal((PtvExportStatus.Rejected, "ServiceNames[0].Value: The name is not accepted."), (rejected.Status, rejected.Message));
        Assert.Equal(version, await app.WithDbAsync(db => db.Services.Where(s => s.Id == serviceId).Select(s => s.Version).SingleAsync()));
        Assert.Equal("Lapsiperheiden kotipalvelu", Assert.Single(ptv.Services).Value["serviceNames"]![0]!["value"]!.GetValue<string>());

        // Archived here, archived in PTV.
        await ChangeAsync<Service>(app, serviceId, (s, now) => { s.Update(s.Version, Details("Lapsiperheiden kotipalvelu", Cost.Fee), now); s.MoveTo(s.Version, PublicationState.Archived, now); return Task.CompletedTask; });
        await RequestAsync(app, Representative, kind, serviceId);
        await RunJobAsync(app);
        Assert.Equal(PtvExportStatus.Accepted, (await ExportAsync(app, serviceId)).Status);
        Assert.Equal("Deleted", Assert.Single(ptv.Services).Value["publishingStatus"]!.GetValue<string>());
    }
}

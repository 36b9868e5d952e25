using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Ptv;

/// <summary>
/// The organisation's PTV connection (issue #19): the password goes in and is never read back, only protected, and the
/// audit trail says that it changed, not what it is. The switch of master both ways with its rules, and an entry kept in
/// PTV: its PTV-owned fields refused, what PTV has no field for saved. Only the organisation's own representative and the
/// region's leads.
/// </summary>
public sealed class PtvConnectionAndMasterTests
{
    private const string Password = "Salainen-Testi-42";
    private static readonly Guid MikkeliCity = NetworkSeeder.OrganisationId("mikkeli");
    private static readonly Guid MikkeliMunicipality = NetworkSeeder.MunicipalityId("mikkeli");
    private static readonly Guid Kaisla = DirectorySeeder.PlaceId("kohtaamispaikka-kaisla");

    [Theory, BothDatabases]
    public async Task The_connection_keeps_the_password_protected_and_write_only_for_the_organisations_own_people(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var ptvOrganisation = Guid.NewGuid();
        var address = $"/api/v1/organisations/{MikkeliCity}/ptv";

        // Field messages: the id must be a GUID; a new user needs its password.
        var invalid = await representative.PutAsJsonAsync(address, new { ptvOrganisationId = "ei-tunniste", apiUsername = "mikkeli-api" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("ptvOrganisationId", out _));
        Assert.True(errors.TryGetProperty("apiPassword", out _));

        await OkAsync(await representative.PutAsJsonAsync(address, new { ptvOrganisationId = ptvOrganisation.ToString(), apiUsername = "mikkeli-api", apiPassword = Password }));
        var saved = await app.WithDbAsync(db => db.PtvConnections.AsNoTracking().SingleAsync(c => c.OrganisationId == MikkeliCity));
        Assert.Equal(ptvOrganisation, saved.PtvOrganisationId);
        Assert.Equal("mikkeli-api", saved.ApiUsername);
        Assert.DoesNotContain(Password, saved.ProtectedApiPassword);
        Assert.Equal(Password, PtvSecrets.Unprotect(app.Services.GetRequiredService<IDataProtectionProvider>(), saved.ProtectedApiPassword!));
        Assert.True(saved.CanExport);

        // A blank password keeps the one there is.
        await OkAsync(await representative.PutAsJsonAsync(address, new { ptvOrganisationId = ptvOrganisation.ToString(), apiUsername = "mikkeli-api", apiPassword = "" }));
        Assert.Equal(saved.ProtectedApiPassword, await app.WithDbAsync(db => db.PtvConnections.Where(c => c.OrganisationId == MikkeliCity).Select(c => c.ProtectedApiPassword).SingleAsync()));

        // Only those who may synchronise the organisation: not a professional, not another organisation's representative.
        foreach (var other in new[] { DemoUsers.Professional, DemoUsers.SavonlinnaRepresentative })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(other)).PutAsJsonAsync(address,
                new { ptvOrganisationId = Guid.NewGuid().ToString(), apiUsername = "toinen", apiPassword = "toinen-salasana" })).StatusCode);

        // Removing the credentials clears user and password; the organisation id stays for the import.
        await OkAsync(await representative.PutAsJsonAsync(address, new { ptvOrganisationId = ptvOrganisation.ToString(), removeCredentials = true }));
        var removed = await app.WithDbAsync(db => db.PtvConnections.AsNoTracking().SingleAsync(c => c.OrganisationId == MikkeliCity));
        Assert.Equal((ptvOrganisation, (string?)null, (string?)null), (removed.PtvOrganisationId!.Value, removed.ApiUsername, removed.ProtectedApiPassword));

        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.PtvConnectionChanged).Select(a => a.Detail).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, detail => Assert.DoesNotContain(Password, detail));
        Assert.Contains(audit, detail => detail!.Contains("password=changed", StringComparison.Ordinal));
        Assert.Contains(audit, detail => detail!.Contains("password=removed", StringComparison.Ordinal));
    }

    [Theory, BothDatabases]
    public async Task The_master_switches_both_ways_and_an_entry_kept_in_PTV_takes_only_what_PTV_has_no_field_for(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);

        // Kaisla is kept here and has never been in PTV: it cannot be kept there, and it is kept here already.
        var kaislaVersion = (await representative.GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{Kaisla}/staff-view")).GetProperty("version").GetInt32();
        var notInPtv = await representative.PostAsJsonAsync($"/api/v1/meeting-places/{Kaisla}/master", new { version = kaislaVersion, master = "Ptv" });
        Assert.Equal((HttpStatusCode.Conflict, "directory.not_in_ptv"), (notInPtv.StatusCode, await CodeOfAsync(notInPtv)));
        var unchanged = await representative.PostAsJsonAsync($"/api/v1/meeting-places/{Kaisla}/master", new { version = kaislaVersion, master = "Perheverkko" });
        Assert.Equal((HttpStatusCode.Conflict, "directory.master_unchanged"), (unchanged.StatusCode, await CodeOfAsync(unchanged)));
        foreach (var other in new[] { DemoUsers.Professional, DemoUsers.SavonlinnaRepresentative })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(other)).PostAsJsonAsync($"/api/v1/meeting-places/{Kaisla}/master",
                new { version = kaislaVersion, master = "Perheverkko" })).StatusCode);

        // A place and a service imported from PTV, kept there.
        var (place, service) = await app.WithDbAsync(async db =>
        {
            var region = await db.Organisations.Where(o => o.Id == MikkeliCity).Select(o => o.RegionId).SingleAsync();
            var now = DateTime.UtcNow;
            var imported = MeetingPlace.ImportFromPtv(Guid.CreateVersion7(), region, "ptv-perhetalo", MikkeliCity, Guid.NewGuid().ToString(), new MeetingPlaceDetails(
                new LocalizedText("PTV:n perhetalo"), new LocalizedText("Tuotu PTV:stä."), MeetingPlaceKind.CentralMeetingPlace, MikkeliMunicipality,
                "Maaherrankatu 1", "50100", "Mikkeli", 61.688, 27.272, new LocalizedText(""), [new WeeklyOpening(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(15, 0))],
                [], [], "015 100 200", null, null, null), now);
            var importedService = Service.ImportFromPtv(Guid.CreateVersion7(), region, MikkeliCity, Guid.NewGuid().ToString(), new ServiceDetails(
                new LocalizedText("PTV:n perheneuvonta"), new LocalizedText("Tuotu PTV:stä."), ServiceLevel.Municipal, MikkeliMunicipality, null, null,
                [Audience.Parents], [Topic.Parenting], ["fi"], [], "015 100 300", null, null, null, Cost.Free, null), now);
            db.AddRange(imported, importedService);
            await db.SaveChangesAsync();
            return (imported.Id, importedService.Id);
        });
        object PlaceBody(int version, string phone, string kind) => new
        {
            version, name = new { fi = "PTV:n perhetalo" }, description = new { fi = "Tuotu PTV:stä." }, kind, municipalityId = MikkeliMunicipality,
            streetAddress = "Maaherrankatu 1", postalCode = "50100", postOffice = "Mikkeli", latitude = 61.688, longitude = 27.272,
            openingHours = new[] { new { day = "Monday", opens = "9:00", closes = "15:00" } }, phone,
        };
        object ServiceBody(int version, string name, string level) => new
        {
            version, name = new { fi = name }, description = new { fi = "Tuotu PTV:stä." }, level, municipalityId = MikkeliMunicipality,
            audiences = new[] { "Parents" }, topics = new[] { "Parenting" }, languages = new[] { "fi" }, phone = "015 100 300", cost = "Free",
        };

        // PTV's fields are PTV's: the phone is refused; the kind of place, which PTV has no field for, saves.
        var phone = await representative.PutAsJsonAsync($"/api/v1/meeting-places/{place}", PlaceBody(1, "015 999 999", "CentralMeetingPlace"));
        Assert.Equal((HttpStatusCode.Conflict, "directory.mastered_in_ptv"), (phone.StatusCode, await CodeOfAsync(phone)));
        await OkAsync(await representative.PutAsJsonAsync($"/api/v1/meeting-places/{place}", PlaceBody(1, "015 100 200", "MeetingPlace")));
        var name = await representative.PutAsJsonAsync($"/api/v1/services/{service}", ServiceBody(1, "Toinen nimi", "Municipal"));
        Assert.Equal((HttpStatusCode.Conflict, "directory.mastered_in_ptv"), (name.StatusCode, await CodeOfAsync(name)));
        await OkAsync(await representative.PutAsJsonAsync($"/api/v1/services/{service}", ServiceBody(1, "PTV:n perheneuvonta", "BasicHealth")));

        // Moved here, the phone saves; moved back to PTV (it has a PTV id), it is PTV's again.
        var staffView = await representative.GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{place}/staff-view");
        Assert.Equal(("Ptv", "MeetingPlace"), (staffView.GetProperty("master").GetString(), staffView.GetProperty("meetingPlace").GetProperty("kind").GetString()));
        await OkAsync(await representative.PostAsJsonAsync($"/api/v1/meeting-places/{place}/master", new { version = 2, master = "Perheverkko" }));
        await OkAsync(await representative.PutAsJsonAsync($"/api/v1/meeting-places/{place}", PlaceBody(3, "015 999 999", "MeetingPlace")));
        await OkAsync(await representative.PostAsJsonAsync($"/api/v1/meeting-places/{place}/master", new { version = 4, master = "Ptv" }));
        var again = await representative.PutAsJsonAsync($"/api/v1/meeting-places/{place}", PlaceBody(5, "015 100 200", "MeetingPlace"));
        Assert.Equal((HttpStatusCode.Conflict, "directory.mastered_in_ptv"), (again.StatusCode, await CodeOfAsync(again)));
        await OkAsync(await representative.PostAsJsonAsync($"/api/v1/services/{service}/master", new { version = 2, master = "Perheverkko" }));
        var switched = await app.WithDbAsync(db => db.Services.AsNoTracking().SingleAsync(s => s.Id == service));
        Assert.Equal((DirectoryMaster.Perheverkko, ServiceLevel.BasicHealth), (switched.Master, switched.Level));

        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.DirectoryMasterChanged).Select(a => a.Detail).ToListAsync());
        Assert.Equal(["Perheverkko", "Ptv", "Perheverkko"], audit);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Organisations;

public sealed class OrganisationApiTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    [Theory, BothDatabases]
    public async Task The_public_organisation_list_holds_the_seeded_network_and_no_staff_fields(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var json = await app.Anonymous().GetStringAsync("/api/v1/organisations");
        using var doc = JsonDocument.Parse(json);
        var organisations = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(23, organisations.Count); // 12 municipalities, the wellbeing county, 3 joint authorities, 4 NGOs, 2 parishes, 1 company
        Assert.Equal(12, organisations.Count(o => o.GetProperty("kind").GetString() == "Municipality"));
        foreach (var field in new[] { "contactPersons", "version", "email", "permittedActions" })
            Assert.DoesNotContain($"\"{field}\"", json, StringComparison.OrdinalIgnoreCase);

        var mikkeli = await app.Anonymous().GetStringAsync($"/api/v1/organisations/{Mikkeli}");
        Assert.Contains("\"2026–2029\"", mikkeli);
        Assert.DoesNotContain("Kuvitteellinen", mikkeli);
    }

    [Theory, BothDatabases]
    public async Task Municipalities_family_centres_and_regions_are_public(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();
        var municipalities = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/municipalities");
        Assert.Equal(12, municipalities!.Length);
        Assert.All(municipalities, m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("organisationId").ValueKind));
        Assert.Equal(3, (await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/family-centres"))!.Length);
        Assert.Single((await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/regions"))!);
        // The agreement periods and their party lists moved to the agreement API: Agreements/AgreementVersionAddressTests.
    }

    [Theory, BothDatabases]
    public async Task A_staff_read_of_contact_persons_returns_permitted_actions_and_is_audited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var own = await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{Mikkeli}/staff-view");
        Assert.Contains(own.GetProperty("contactPersons").EnumerateArray(), c => c.GetProperty("name").GetString() == "Kaisa Kuvitteellinen");
        Assert.Equal(["EditOrganisation", "ManageContactPersons"], own.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));

        var other = await (await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative)).GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{Mikkeli}/staff-view");
        Assert.Empty(other.GetProperty("permittedActions").EnumerateArray());

        var reads = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.ContactPersonsRead && a.ObjectId == Mikkeli.ToString()).ToListAsync());
        Assert.Equal(2, reads.Count);
        Assert.Contains(reads, r => r.ActorName == "Matti Meikäläinen");
        Assert.All(reads, r => Assert.Equal(DateTimeKind.Utc, r.OccurredAt.Kind));
    }

    [Theory, BothDatabases]
    public async Task A_representative_edits_their_own_organisation_and_a_stale_edit_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var change = new { version = 1, kind = "Municipality", name = new { fi = "Mikkelin kaupunki", sv = "S:t Michels stad", en = "City of Mikkeli" }, businessId = "0165116-3" };

        var saved = await representative.PutAsJsonAsync($"/api/v1/organisations/{Mikkeli}", change);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var stale = await representative.PutAsJsonAsync($"/api/v1/organisations/{Mikkeli}", change with { });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("organisation.stale", await stale.Content.ReadAsStringAsync());

        var row = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Event == AuditEvent.OrganisationUpdated));
        Assert.Equal(Mikkeli.ToString(), row.ObjectId);
        Assert.Equal("0165116-3", await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == Mikkeli).Select(o => o.BusinessId).SingleAsync()));
    }

    [Theory, BothDatabases]
    public async Task Another_organisations_representative_is_refused_and_the_attempt_is_audited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var other = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var response = await other.PostAsJsonAsync($"/api/v1/organisations/{Mikkeli}/contact-persons",
            new { name = "Kalle Kokeilija", email = "kalle@perheverkko.example", role = "ContactPerson" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("access.denied", await response.Content.ReadAsStringAsync());

        var denied = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Event == AuditEvent.AccessDenied));
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal("Sanna Esimerkki", denied.ActorName);
        Assert.Equal("ManageContactPersons", denied.Detail);
        Assert.False(await app.WithDbAsync(db => db.ContactPersons.AnyAsync(c => c.Email == "kalle@perheverkko.example")));
    }

    [Theory, BothDatabases]
    public async Task Contact_persons_are_added_once_and_removed_with_audit_rows(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var person = new { name = "Kalle Kokeilija", email = "Kalle@Perheverkko.Example", role = "Signatory", title = "kunnanjohtaja" };

        var added = await coordinator.PostAsJsonAsync($"/api/v1/organisations/{Mikkeli}/contact-persons", person);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var duplicate = await coordinator.PostAsJsonAsync($"/api/v1/organisations/{Mikkeli}/contact-persons", person);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("contact_person.exists", await duplicate.Content.ReadAsStringAsync());
        Assert.Equal("kalle@perheverkko.example", await app.WithDbAsync(db => db.ContactPersons.Where(c => c.Id == id).Select(c => c.Email).SingleAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/v1/organisations/{Mikkeli}/contact-persons/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.DeleteAsync($"/api/v1/organisations/{Mikkeli}/contact-persons/{id}")).StatusCode);
        var events = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.ObjectId == id.ToString()).Select(a => a.Event).ToListAsync());
        Assert.Equal([AuditEvent.ContactPersonAdded, AuditEvent.ContactPersonRemoved], events.Order());
    }

    [Theory, BothDatabases]
    public async Task A_coordinator_adds_an_organisation_and_a_taken_short_name_is_a_conflict(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var organisation = new { slug = "perheiden-talo-ry", kind = "Ngo", name = new { fi = "Perheiden talo ry", en = "Family House" } };
        var created = await coordinator.PostAsJsonAsync("/api/v1/organisations", organisation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync(created.Headers.Location)).StatusCode);

        var again = await coordinator.PostAsJsonAsync("/api/v1/organisations", organisation);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("organisation.slug_taken", await again.Content.ReadAsStringAsync());

        var nowhere = await coordinator.PostAsJsonAsync("/api/v1/organisations",
            new { slug = "perheiden-talo-2", kind = "Ngo", name = new { fi = "Perheiden talo 2" }, municipalityId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Equal("municipality.not_found", await CodeOfAsync(nowhere));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Slug == "perheiden-talo-2")));
    }

    [Theory, BothDatabases]
    public async Task An_unknown_organisation_is_not_found_whether_read_changed_or_given_contact_persons(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var unknown = Guid.NewGuid();
        foreach (var response in new[]
                 {
                     await app.Anonymous().GetAsync($"/api/v1/organisations/{unknown}"),
                     await coordinator.GetAsync($"/api/v1/organisations/{unknown}/staff-view"),
                     await coordinator.PutAsJsonAsync($"/api/v1/organisations/{unknown}", new { version = 1, kind = "Ngo", name = new { fi = "Ei ole" } }),
                     await coordinator.PostAsJsonAsync($"/api/v1/organisations/{unknown}/contact-persons",
                         new { name = "Kalle Kokeilija", email = "kalle@perheverkko.example", role = "ContactPerson" }),
                     await coordinator.DeleteAsync($"/api/v1/organisations/{unknown}/contact-persons/{Guid.NewGuid()}"),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("organisation.not_found", await CodeOfAsync(response));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/organisations/atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/organisations/mikkeli")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"/organisations/{Mikkeli}")).StatusCode);
    }
}

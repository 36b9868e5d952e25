using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements.Signing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Organisations;

/// <summary>Each party names its communication owner (issue #18 item 4): a contact role the coordinator lists, kept out of the annex.</summary>
public sealed class CommunicationOwnerTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    [Theory, BothDatabases]
    public async Task A_party_names_its_communication_owner_the_coordinator_lists_who_has_and_the_annex_leaves_them_out(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var owner = new { name = "Viivi Viestinnällinen", email = "viestinta@mikkeli.example", role = "CommunicationOwner", title = "viestintäsuunnittelija" };
        Assert.Equal(HttpStatusCode.Created, (await representative.PostAsJsonAsync($"/api/v1/organisations/{Mikkeli}/contact-persons", owner)).StatusCode);

        var coordinator = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(coordinator, DemoUsers.Coordinator);
        Assert.Contains("href=\"/staff/organisations/communication-owners\"", await coordinator.GetStringAsync("/staff/organisations"));
        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/staff/organisations/communication-owners"));
        Assert.Contains("Viivi Viestinnällinen", html);
        Assert.Contains("Ei nimetty", html);
        Assert.Equal("1 communication owners", await app.WithDbAsync(db => db.AuditRecords
            .Where(a => a.Event == AuditEvent.ContactPersonsRead && a.ObjectType == CommunicationOwnerQueries.RegionObject).Select(a => a.Detail).SingleAsync()));

        // The list of every party's owner is the communication runners' (those who send bulletins), not a representative's.
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, DemoUsers.MikkeliRepresentative);
        Assert.DoesNotContain("communication-owners", await browser.GetStringAsync("/staff/organisations"));
        var refused = await browser.GetAsync("/staff/organisations/communication-owners");
        Assert.DoesNotContain("Viivi", await refused.Content.ReadAsStringAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Outcome == AuditOutcome.Denied && a.Detail == "SendBulletins")));

        // The annex of 001 §23 is the contact persons and signatories only.
        var rows = await representative.GetFromJsonAsync<List<AnnexRow>>("/api/v1/agreement-versions/2026-2029/annex",
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
        Assert.NotEmpty(rows!);
        Assert.DoesNotContain(rows!, r => r.Name == "Viivi Viestinnällinen");
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Directory.Hsds;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.IntegrationTests.Hsds;

/// <summary>
/// postcode and proximity (HSDS 3.0) from the meeting places' postal codes and coordinates, and service_at_location ids
/// that do not depend on the order of a service's places (issue #14 item 4).
/// </summary>
public sealed class HsdsPlaceFilterTests
{
    /// <summary>The postal code of the demo places in the centre of Mikkeli (Kohtaamispaikka Kaisla among them).</summary>
    private const string Mikkeli = "50100";

    [Theory, BothDatabases]
    public async Task Postcode_lists_the_services_and_pairs_held_at_a_place_with_that_postal_code(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var data = await PublishedAsync(app);
        var places = data.Places.Where(p => p.PostalCode == Mikkeli).Select(p => p.Id).ToHashSet();
        Assert.Contains(DirectorySeeder.PlaceId("kohtaamispaikka-kaisla"), places);

        Assert.Equal(data.HeldAt(places), await ServiceIdsAsync(client, $"/hsds/services?postcode={Mikkeli}"));
        var pairs = await PairsAsync(client, $"/hsds/service_at_locations?postcode={Mikkeli}");
        Assert.Equal(data.PairsAt(places), pairs.Select(p => (p.ServiceId, p.PlaceId)).ToHashSet());

        // Narrowed further by the other filters, and nothing at a postal code no place has.
        var kaisla = DirectorySeeder.PlaceId("kohtaamispaikka-kaisla");
        var organisation = data.Places.Single(p => p.Id == kaisla).OrganisationId;
        Assert.Equal(data.HeldAt(places, organisation), await ServiceIdsAsync(client, $"/hsds/services?postcode={Mikkeli}&organization_id={organisation}"));
        Assert.Empty(await ServiceIdsAsync(client, "/hsds/services?postcode=99999"));
        Assert.Empty(await PairsAsync(client, "/hsds/service_at_locations?postcode=99999"));
    }

    [Theory, BothDatabases]
    public async Task Proximity_lists_what_is_held_within_that_many_metres_of_the_postcodes_centroid(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var data = await PublishedAsync(app);
        var atMikkeli = data.Places.Where(p => p.PostalCode == Mikkeli && p.Latitude is not null).ToList();
        var (latitude, longitude) = (atMikkeli.Average(p => p.Latitude!.Value), atMikkeli.Average(p => p.Longitude!.Value));
        var savonlinna = DirectorySeeder.PlaceId("kohtaamispaikka-majakka"); // about 87 km from Mikkeli

        foreach (var metres in new[] { 1_000, 20_000, 100_000 })
        {
            var places = data.Places.Where(p => p.Latitude is { } lat && HsdsPlaceFilter.Metres(latitude, longitude, lat, p.Longitude!.Value) <= metres)
                .Select(p => p.Id).ToHashSet();
            Assert.Contains(DirectorySeeder.PlaceId("kohtaamispaikka-kaisla"), places);
            Assert.Equal(metres > 87_000, places.Contains(savonlinna));
            Assert.Equal(data.HeldAt(places), await ServiceIdsAsync(client, $"/hsds/services?postcode={Mikkeli}&proximity={metres}"));
            var pairs = await PairsAsync(client, $"/hsds/service_at_locations?postcode={Mikkeli}&proximity={metres}.5");
            Assert.Equal(data.PairsAt(places), pairs.Select(p => (p.ServiceId, p.PlaceId)).ToHashSet());
        }
    }

    [Theory, BothDatabases]
    public async Task Values_postcode_and_proximity_cannot_use_and_lists_they_do_not_narrow_are_a_400_naming_the_parameter(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        (string Query, string Parameter)[] bad =
        [
            ("postcode=5010", "postcode"), ("postcode=501000", "postcode"), ("postcode=ABCDE", "postcode"), ("postcode=50100&postcode=57130", "postcode"),
            ("proximity=2000", "proximity"), ("postcode=50100&proximity=abc", "proximity"), ("postcode=50100&proximity=-5", "proximity"),
            ("postcode=50100&proximity=0", "proximity"), ("postcode=50100&proximity=61.69,27.27", "proximity"), ("postcode=50100&proximity=99999999", "proximity"),
            // No place with that postal code has coordinates: there is no centroid to measure from.
            ("postcode=99999&proximity=1000", "postcode"),
        ];
        foreach (var list in new[] { "services", "service_at_locations" })
        foreach (var (query, parameter) in bad)
            await AssertInvalidAsync(client, $"/hsds/{list}?{query}", parameter);
        foreach (var list in new[] { "organizations", "taxonomies", "taxonomy_terms" })
        {
            await AssertInvalidAsync(client, $"/hsds/{list}?postcode={Mikkeli}", "postcode");
            await AssertInvalidAsync(client, $"/hsds/{list}?proximity=2000", "proximity");
        }
    }

    [Theory, BothDatabases]
    public async Task A_service_at_locations_id_stays_when_the_service_lists_its_places_in_another_order(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.Anonymous();
        var data = await PublishedAsync(app);
        // A service kept here, given three published places in one order.
        var serviceId = data.Services.First(s => s.Master == DirectoryMaster.Perheverkko).Id;
        var three = data.Places.Take(3).Select(p => p.Id).ToList();
        await ListPlacesAsync(app, serviceId, three);
        var before = await ServicePairsAsync(client, serviceId);
        Assert.Equal(three.ToHashSet(), before.Keys.ToHashSet());

        await ListPlacesAsync(app, serviceId, [three[2], three[0], three[1]]);
        var after = await ServicePairsAsync(client, serviceId);
        Assert.Equal(before, after);

        // Each id still leads to its service and place, and the service's own form lists the same ids.
        foreach (var (placeId, id) in after)
        {
            using var one = JsonDocument.Parse(await client.GetStringAsync($"/hsds/service_at_locations/{id}"));
            Assert.Equal(serviceId.ToString(), one.RootElement.GetProperty("service").GetProperty("id").GetString());
            Assert.Equal(placeId.ToString(), one.RootElement.GetProperty("location").GetProperty("id").GetString());
        }
        using var full = JsonDocument.Parse(await client.GetStringAsync($"/hsds/services/{serviceId}"));
        Assert.Equal(after.Values.ToHashSet(), full.RootElement.GetProperty("service_at_locations").EnumerateArray().Select(s => Guid.Parse(s.GetProperty("id").GetString()!)).ToHashSet());

        // A place the service no longer lists is no pair of it.
        await ListPlacesAsync(app, serviceId, [three[0], three[1]]);
        using var gone = await client.GetAsync($"/hsds/service_at_locations/{after[three[2]]}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(after[three[0]], (await ServicePairsAsync(client, serviceId))[three[0]]);
    }

    private sealed record Published(List<MeetingPlace> Places, List<Service> Services, List<Activity> Activities)
    {
        public HashSet<Guid> HeldAt(HashSet<Guid> places, Guid? organisation = null) =>
            Services.Where(s => s.MeetingPlaceIds.Any(places.Contains)).Select(s => (s.Id, s.OrganisationId))
                .Concat(Activities.Where(a => a.MeetingPlaceId is { } p && places.Contains(p)).Select(a => (a.Id, a.OrganisationId)))
                .Where(e => organisation is null || e.OrganisationId == organisation).Select(e => e.Id).ToHashSet();

        public HashSet<(Guid ServiceId, Guid PlaceId)> PairsAt(HashSet<Guid> places) =>
            Services.SelectMany(s => s.MeetingPlaceIds.Where(places.Contains).Select(p => (s.Id, p)))
                .Concat(Activities.Where(a => a.MeetingPlaceId is { } p && places.Contains(p)).Select(a => (a.Id, a.MeetingPlaceId!.Value)))
                .ToHashSet();
    }

    private static async Task<Published> PublishedAsync(TestApp app) => await app.WithDbAsync(async db => new Published(
        await db.MeetingPlaces.AcrossRegions().Where(p => p.State == PublicationState.Published).OrderBy(p => p.Id).ToListAsync(),
        await db.Services.AcrossRegions().Where(s => s.State == PublicationState.Published).OrderBy(s => s.Id).ToListAsync(),
        await db.Activities.AcrossRegions().Where(a => a.State == PublicationState.Published).ToListAsync()));

    private static async Task ListPlacesAsync(TestApp app, Guid serviceId, IReadOnlyList<Guid> placeIds) => await app.WithDbAsync(async db =>
    {
        var service = await db.Services.AcrossRegions().SingleAsync(s => s.Id == serviceId);
        service.Update(service.Version, service.Details() with { MeetingPlaceIds = placeIds }, DateTime.UtcNow);
        return await db.SaveChangesAsync();
    });

    /// <summary>The service's pairs in the list of all pairs: place → id.</summary>
    private static async Task<Dictionary<Guid, Guid>> ServicePairsAsync(HttpClient client, Guid serviceId) =>
        (await PairsAsync(client, $"/hsds/service_at_locations?per_page={HsdsQuery.MaxPerPage}")).Where(p => p.ServiceId == serviceId).ToDictionary(p => p.PlaceId, p => p.Id);

    private static async Task<HashSet<Guid>> ServiceIdsAsync(HttpClient client, string url) =>
        (await AllAsync(client, url)).Select(i => Guid.Parse(i.GetProperty("id").GetString()!)).ToHashSet();

    private static async Task<List<(Guid Id, Guid ServiceId, Guid PlaceId)>> PairsAsync(HttpClient client, string url) =>
        (await AllAsync(client, url)).Select(i => (Guid.Parse(i.GetProperty("id").GetString()!), Guid.Parse(i.GetProperty("service_id").GetString()!),
            Guid.Parse(i.GetProperty("location_id").GetString()!))).ToList();

    /// <summary>Every page's items (the demo data fits a page or two).</summary>
    private static async Task<List<JsonElement>> AllAsync(HttpClient client, string url)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var paged = $"{url}{(url.Contains('?') ? '&' : '?')}page={page}" + (url.Contains("per_page") ? "" : $"&per_page={HsdsQuery.MaxPerPage}");
            using var response = await client.GetAsync(paged);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{paged}: {(int)response.StatusCode} {body}");
            var doc = JsonDocument.Parse(body).RootElement.Clone();
            items.AddRange(doc.GetProperty("contents").EnumerateArray());
            if (doc.GetProperty("last_page").GetBoolean()) return items;
        }
    }

    private static async Task AssertInvalidAsync(HttpClient client, string url, string parameter)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: expected 400, got {(int)response.StatusCode} {body}");
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(HsdsParameterInvalid.Code, doc.RootElement.GetProperty("code").GetString());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"{url}: {body}");
    }
}

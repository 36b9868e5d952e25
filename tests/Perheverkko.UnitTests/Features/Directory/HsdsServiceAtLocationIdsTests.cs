using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Directory.Hsds;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.UnitTests.Features.Directory;

/// <summary>A service_at_location's id names the service and the place, not the place's position in the service's list (issue #14 item 4).</summary>
public sealed class HsdsServiceAtLocationIdsTests
{
    private static readonly DateTime Now = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Reordering_a_services_places_or_adding_one_keeps_the_ids_of_its_pairs()
    {
        var (a, b, c) = (Place("a"), Place("b"), Place("c"));
        var serviceId = Guid.NewGuid();
        var context = new HsdsContext("fi", new Dictionary<Guid, CatalogueOrganisation>(), new Dictionary<Guid, Municipality>(), new Dictionary<Guid, Region>(),
            new[] { a, b, c }.ToDictionary(p => p.Id));

        var first = IdsByPlace(Service(serviceId, a.Id, b.Id), context);
        var reordered = IdsByPlace(Service(serviceId, b.Id, a.Id), context);
        var withAnother = IdsByPlace(Service(serviceId, c.Id, b.Id, a.Id), context);

        Assert.Equal(first, reordered);
        Assert.Equal(first[a.Id], withAnother[a.Id]);
        Assert.Equal(first[b.Id], withAnother[b.Id]);
        Assert.Equal(3, withAnother.Values.Distinct().Count());
        Assert.Equal(HsdsMapping.ServiceAtLocationId(serviceId, a.Id), first[a.Id]);
    }

    [Fact]
    public void An_id_leads_back_to_its_service_given_its_place_and_is_a_valid_UUID_of_the_services_version()
    {
        var serviceId = Guid.CreateVersion7();
        var placeId = Guid.NewGuid();
        var id = HsdsMapping.ServiceAtLocationId(serviceId, placeId);

        Assert.NotEqual(serviceId, id);
        Assert.Equal(serviceId, HsdsMapping.ServiceAtLocationServiceId(id, placeId));
        Assert.NotEqual(serviceId, HsdsMapping.ServiceAtLocationServiceId(id, Guid.NewGuid()));
        Assert.Equal(serviceId.Version, id.Version);
        Assert.Equal(serviceId.Variant >> 2, id.Variant >> 2); // the RFC 9562 variant is the nibble's top two bits
        Assert.NotEqual(id, HsdsMapping.ServiceAtLocationId(Guid.CreateVersion7(), placeId));
    }

    private static Dictionary<Guid, Guid> IdsByPlace(Service service, HsdsContext context) =>
        HsdsMapping.Service(service, context, full: true).ServiceAtLocations!.ToDictionary(s => s.LocationId, s => s.Id);

    private static Service Service(Guid id, params Guid[] placeIds) => Web.Features.Directory.Service.Create(id, Guid.NewGuid(), Guid.NewGuid(),
        new ServiceDetails(new LocalizedText("Perheneuvola"), new LocalizedText(""), ServiceLevel.Universal, null, null, null, [], [], [], placeIds,
            null, null, null, null, Cost.Free, null), Now);

    private static MeetingPlace Place(string slug) => MeetingPlace.Create(Guid.NewGuid(), Guid.NewGuid(), slug, Guid.NewGuid(),
        new MeetingPlaceDetails(new LocalizedText("Kohtaamispaikka " + slug), new LocalizedText(""), MeetingPlaceKind.MeetingPlace, Guid.NewGuid(),
            null, null, null, null, null, new LocalizedText(""), [], [], [], null, null, null, null), Now);
}

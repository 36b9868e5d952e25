using Microsoft.EntityFrameworkCore;

namespace Perheverkko.Web.Features.Directory.Hsds;

/// <summary>
/// <c>postcode</c> and <c>proximity</c> (HSDS 3.0): the published meeting places they name, and the services and activities held
/// there. A service is held at the places it lists, an activity at its one place. Distances are measured here rather than in
/// SQL, so SQLite and PostgreSQL give the same answer; SQL only narrows to a box around the circle. See docs/hsds.md.
/// </summary>
public static class HsdsPlaceFilter
{
    /// <summary>The mean radius of the earth (IUGG), in metres.</summary>
    private const double EarthRadius = 6_371_008.8;

    /// <summary>Fewer metres than a degree of latitude has anywhere, so the box drawn with it holds the whole circle.</summary>
    private const double MetresPerDegreeAtMost = 110_000;

    /// <summary>
    /// The places <c>postcode</c> and <c>proximity</c> name, null when neither is given: the places with the postal code, or
    /// with <c>proximity</c> the places whose coordinates are within that many metres of the postcode's centroid — the centre
    /// of the published places with that postal code and coordinates (we keep no map of postal code areas).
    /// </summary>
    public static async Task<IReadOnlyList<Guid>?> PlaceIdsAsync(IQueryable<MeetingPlace> publishedPlaces, HsdsQuery q, CancellationToken ct)
    {
        if (q.Postcode is not { } postcode) return null;
        if (q.Proximity is not { } metres)
            return await publishedPlaces.Where(p => p.PostalCode == postcode).Select(p => p.Id).ToListAsync(ct);

        var located = (await publishedPlaces.Where(p => p.PostalCode == postcode && p.Latitude != null && p.Longitude != null)
                .Select(p => new { Latitude = p.Latitude!.Value, Longitude = p.Longitude!.Value }).ToListAsync(ct))
            .OrderBy(p => p.Latitude).ThenBy(p => p.Longitude) // the same sum on both databases, whatever order the rows came in
            .ToList();
        if (located.Count == 0)
            throw new HsdsParameterInvalid("postcode", $"No meeting place with postal code {postcode} has coordinates, so there is no centre to measure proximity from.");
        var (latitude, longitude) = (located.Average(p => p.Latitude), located.Average(p => p.Longitude));

        var latitudeSpan = metres / MetresPerDegreeAtMost;
        var poleward = Math.Min(89.0, Math.Abs(latitude) + latitudeSpan);
        var longitudeSpan = Math.Min(180.0, metres / (MetresPerDegreeAtMost * Math.Cos(poleward * Math.PI / 180)));
        var (south, north, west, east) = (latitude - latitudeSpan, latitude + latitudeSpan, longitude - longitudeSpan, longitude + longitudeSpan);
        var inBox = await publishedPlaces
            .Where(p => p.Latitude >= south && p.Latitude <= north && p.Longitude >= west && p.Longitude <= east)
            .Select(p => new { p.Id, Latitude = p.Latitude!.Value, Longitude = p.Longitude!.Value }).ToListAsync(ct);
        return inBox.Where(p => Metres(latitude, longitude, p.Latitude, p.Longitude) <= metres).Select(p => p.Id).ToList();
    }

    /// <summary>The services that list one of the places (their places are a JSON column, so they are matched here) and the activities held at one.</summary>
    public static async Task<(IQueryable<Service> Services, IQueryable<Activity> Activities)> HeldAtAsync(
        IQueryable<Service> services, IQueryable<Activity> activities, IReadOnlyList<Guid> placeIds, CancellationToken ct)
    {
        var places = placeIds.ToHashSet();
        var serviceIds = (await services.Select(s => new { s.Id, s.MeetingPlaceIds }).ToListAsync(ct))
            .Where(s => s.MeetingPlaceIds.Any(places.Contains)).Select(s => s.Id).ToList();
        // One parameter for the whole list: a wide circle may hold thousands of places.
        return (services.Where(s => EF.Parameter(serviceIds).Contains(s.Id)),
            activities.Where(a => a.MeetingPlaceId != null && EF.Parameter(placeIds).Contains(a.MeetingPlaceId.Value)));
    }

    /// <summary>The great-circle distance in metres between two WGS84 points (haversine; within a few metres per kilometre of the ellipsoid's).</summary>
    public static double Metres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLatitude = Radians(latitude2 - latitude1);
        var dLongitude = Radians(longitude2 - longitude1);
        var h = Math.Sin(dLatitude / 2) * Math.Sin(dLatitude / 2)
            + Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Sin(dLongitude / 2) * Math.Sin(dLongitude / 2);
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}

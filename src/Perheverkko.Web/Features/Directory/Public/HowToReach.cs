using System.Globalization;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>An address as "how to reach" shows it: optionally named and linked (a service's places), with a map link.</summary>
public sealed record ReachAddress(string? Street, string? PostalCode, string? PostOffice, double? Latitude, double? Longitude,
    LocalizedText? Name = null, string? Href = null)
{
    public string Text => DirectoryFormat.Address(Street, PostalCode, PostOffice);

    /// <summary>
    /// An OpenStreetMap link: from the stored coordinates when there are any (a marker at the place), else a search for
    /// the address. A plain link, no map script on our pages; decimals in the invariant culture whatever the page's language.
    /// </summary>
    public string? MapUrl
    {
        get
        {
            if (Latitude is { } lat && Longitude is { } lon)
            {
                var la = lat.ToString("0.######", CultureInfo.InvariantCulture);
                var lo = lon.ToString("0.######", CultureInfo.InvariantCulture);
                return $"https://www.openstreetmap.org/?mlat={la}&mlon={lo}#map=16/{la}/{lo}";
            }
            return Text is { Length: > 0 } text ? "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(text) : null;
        }
    }
}

/// <summary>
/// How a family reaches a place, a service, an activity or a family centre, shown the same way on each page by the
/// partial <c>_HowToReach</c>: phone (a tel: link), e-mail (mailto:), web page, booking page, opening hours and the
/// addresses, each with a map link.
/// </summary>
public sealed record HowToReach(string? Phone, string? Email, string? WebUrl, string? BookingUrl, IReadOnlyList<ReachAddress> Addresses,
    LocalizedText? OpeningHoursText = null, IReadOnlyList<WeeklyOpening>? OpeningHours = null, string? EServiceUrl = null)
{
    public bool IsEmpty => Phone is null && Email is null && WebUrl is null && BookingUrl is null && EServiceUrl is null
        && Addresses.Count == 0 && string.IsNullOrWhiteSpace(OpeningHoursText?.Fi) && (OpeningHours?.Count ?? 0) == 0;

    /// <summary>A phone number as a tel: address: digits and a leading plus only.</summary>
    public static string TelUrl(string phone) => "tel:" + new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());

    private static IReadOnlyList<ReachAddress> One(ReachAddress a) => a.Text.Length > 0 || a.Latitude is not null ? [a] : [];

    public static HowToReach Of(MeetingPlaceView p) => new(p.Phone, p.Email, p.WebUrl, p.BookingUrl,
        One(new ReachAddress(p.StreetAddress, p.PostalCode, p.PostOffice, p.Latitude, p.Longitude)), OpeningHours: p.OpeningHours);

    /// <param name="placePrefix">What the places' addresses begin with (the region's prefix).</param>
    public static HowToReach Of(ServiceView s, string placePrefix) => new(s.Phone, s.Email, s.WebUrl, s.BookingUrl,
        s.MeetingPlaces.Select(p => new ReachAddress(p.StreetAddress, p.PostalCode, p.PostOffice, p.Latitude, p.Longitude, p.Name,
            $"{placePrefix}/directory/places/{p.Slug}")).ToList(), EServiceUrl: s.EServiceUrl);

    /// <summary>An activity is reached where it meets (its registration link is under the registration, not repeated here).</summary>
    public static HowToReach Of(ActivityView a, string placePrefix) => new(null, null, null, null,
        a.MeetingPlace is { } p
            ? [new ReachAddress(p.StreetAddress, p.PostalCode, p.PostOffice, p.Latitude, p.Longitude, p.Name, $"{placePrefix}/directory/places/{p.Slug}")]
            : []);

    public static HowToReach Of(FamilyCentreContact c) => new(c.Phone, c.Email, c.WebUrl, c.BookingUrl,
        One(new ReachAddress(c.StreetAddress, c.PostalCode, c.PostOffice, c.Latitude, c.Longitude)), c.OpeningHours);
}

/// <summary>
/// The region's Perheneuvo phone number and hours as a home-base place and the front page show them (the region's
/// settings of the FamilyAdvice feature); null parts are not shown.
/// </summary>
public sealed record AdviceChannelContact(string? Phone, LocalizedText? Hours)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Hours?.Fi);
}

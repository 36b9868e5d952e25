using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>A municipality (kunta) of a region, with its official statistical code.</summary>
public sealed class Municipality
{
    private Municipality() { }
    public Municipality(Guid id, string slug, string code, LocalizedText name, Guid regionId)
    { Id = id; Slug = slug; Code = code; Name = name; RegionId = regionId; }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    /// <summary>Statistics Finland's three-digit municipality code.</summary>
    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("");
    public Guid RegionId { get; private set; }
}

/// <summary>
/// How a family reaches a family centre, kept like a meeting place's contact fields: the address with its coordinates
/// (WGS84, for the map link), phone, e-mail, web page, a booking page and the opening hours as free text in three
/// languages (a centre's hours are a short description, "ma–pe 8–16, neuvola ajanvarauksella", not a weekly table).
/// </summary>
public sealed record FamilyCentreContact(string? StreetAddress, string? PostalCode, string? PostOffice, double? Latitude, double? Longitude,
    string? Phone, string? Email, string? WebUrl, string? BookingUrl, LocalizedText OpeningHours)
{
    public static FamilyCentreContact None { get; } = new(null, null, null, null, null, null, null, null, null, new LocalizedText(""));
}

/// <summary>One of the wellbeing county's family centres (perhekeskus), each serving an area of municipalities.</summary>
public sealed class FamilyCentre
{
    private FamilyCentre() { }
    public FamilyCentre(Guid id, string slug, LocalizedText name, Guid municipalityId, Guid organisationId)
    { Id = id; Slug = slug; Name = name; MunicipalityId = municipalityId; OrganisationId = organisationId; }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("");
    /// <summary>Where the centre is.</summary>
    public Guid MunicipalityId { get; private set; }
    /// <summary>Who runs it (the wellbeing county).</summary>
    public Guid OrganisationId { get; private set; }

    public string? StreetAddress { get; private set; }
    public string? PostalCode { get; private set; }
    public string? PostOffice { get; private set; }
    /// <summary>WGS84, within Finland.</summary>
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? WebUrl { get; private set; }
    public string? BookingUrl { get; private set; }
    public LocalizedText OpeningHours { get; private set; } = new("");
    /// <summary>Whether the contact data is the demo seed's invention (never shown as real in a deployment without demo data).</summary>
    public bool ContactIsDemo { get; private set; }

    public FamilyCentreContact Contact => new(StreetAddress, PostalCode, PostOffice, Latitude, Longitude, Phone, Email, WebUrl, BookingUrl, OpeningHours);

    /// <summary>Sets how the centre is reached; coordinates come in pairs.</summary>
    public void SetContact(FamilyCentreContact contact, bool demo = false)
    {
        if (contact.Latitude is null != contact.Longitude is null) throw new ArgumentException("Coordinates come in pairs.", nameof(contact));
        StreetAddress = contact.StreetAddress; PostalCode = contact.PostalCode; PostOffice = contact.PostOffice;
        Latitude = contact.Latitude; Longitude = contact.Longitude; Phone = contact.Phone; Email = contact.Email;
        WebUrl = contact.WebUrl; BookingUrl = contact.BookingUrl; OpeningHours = contact.OpeningHours; ContactIsDemo = demo;
    }
}

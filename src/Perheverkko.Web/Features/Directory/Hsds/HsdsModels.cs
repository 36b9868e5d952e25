using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Perheverkko.Web.Features.Directory.Hsds;

// The documents of the Open Referral HSDS 3.0 API. Property names become snake_case and absent values are left
// out (the schemas type optional fields as plain strings and numbers, so a JSON null would not validate).
// One record per HSDS object; the nested arrays are null in the list forms, where HSDS has only one-to-one fields.

public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record HsdsMeta(string Version, string Profile, string OpenapiUrl);

public sealed record HsdsService(
    Guid Id, Guid OrganizationId, string Name, string Description, string Status,
    string? AlternateName = null, string? Url = null, string? Email = null, string? ApplicationProcess = null,
    string? FeesDescription = null, string? EligibilityDescription = null, int? MinimumAge = null, int? MaximumAge = null,
    string? LastModified = null, HsdsOrganization? Organization = null,
    IReadOnlyList<HsdsPhone>? Phones = null, IReadOnlyList<HsdsSchedule>? Schedules = null, IReadOnlyList<HsdsServiceArea>? ServiceAreas = null,
    IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations = null, IReadOnlyList<HsdsLanguage>? Languages = null,
    IReadOnlyList<HsdsCostOption>? CostOptions = null, IReadOnlyList<HsdsContact>? Contacts = null, IReadOnlyList<HsdsAttribute>? Attributes = null);

public sealed record HsdsOrganization(
    Guid Id, string Name, string Description, string? AlternateName = null,
    IReadOnlyList<HsdsOrganizationIdentifier>? OrganizationIdentifiers = null, IReadOnlyList<HsdsLocation>? Locations = null,
    IReadOnlyList<HsdsAttribute>? Attributes = null, IReadOnlyList<HsdsService>? Services = null);

public sealed record HsdsOrganizationIdentifier(Guid Id, Guid OrganizationId, string IdentifierScheme, string IdentifierType, string Identifier);

public sealed record HsdsLocation(
    Guid Id, string LocationType, Guid OrganizationId, string Name, string? Description = null, string? Url = null,
    double? Latitude = null, double? Longitude = null, string? ExternalIdentifier = null, string? ExternalIdentifierType = null,
    IReadOnlyList<HsdsAddress>? Addresses = null, IReadOnlyList<HsdsAccessibility>? Accessibility = null, IReadOnlyList<HsdsPhone>? Phones = null,
    IReadOnlyList<HsdsSchedule>? Schedules = null, IReadOnlyList<HsdsContact>? Contacts = null, IReadOnlyList<HsdsAttribute>? Attributes = null);

public sealed record HsdsServiceAtLocation(
    Guid Id, Guid ServiceId, Guid LocationId, string? Description = null, HsdsLocation? Location = null, HsdsService? Service = null,
    IReadOnlyList<HsdsSchedule>? Schedules = null);

public sealed record HsdsAddress(Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType, string? Region = null);

public sealed record HsdsAccessibility(Guid Id, Guid LocationId, string Description);

public sealed record HsdsPhone(Guid Id, string Number, Guid? ServiceId = null, Guid? LocationId = null, Guid? OrganizationId = null);

public sealed record HsdsContact(Guid Id, string Email, Guid? ServiceId = null, Guid? LocationId = null, string? Name = null);

/// <summary>RFC 5545-style: freq, byday, dtstart, until; times are Finnish wall-clock time (see docs/hsds.md).</summary>
public sealed record HsdsSchedule(
    Guid Id, Guid? ServiceId = null, Guid? LocationId = null, string? Freq = null, string? Byday = null, string? Dtstart = null,
    string? Until = null, int? Count = null, string? ValidFrom = null, string? ValidTo = null, string? OpensAt = null, string? ClosesAt = null,
    string? Description = null, string? Notes = null);

public sealed record HsdsServiceArea(Guid Id, Guid ServiceId, string Name, string? Extent = null, string? ExtentType = null);

public sealed record HsdsLanguage(Guid Id, string Name, string Code, Guid? ServiceId = null);

public sealed record HsdsCostOption(Guid Id, Guid ServiceId, string Option, decimal? Amount = null, string? Currency = null, string? AmountDescription = null);

public sealed record HsdsAttribute(Guid Id, Guid LinkId, string LinkType, string LinkEntity, Guid TaxonomyTermId, HsdsTaxonomyTerm TaxonomyTerm, string? Value = null);

public sealed record HsdsTaxonomy(Guid Id, string Name, string Description, string? Version = null);

public sealed record HsdsTaxonomyTerm(Guid Id, string Code, string Name, string Description, Guid TaxonomyId, string Taxonomy, string Language, HsdsTaxonomy? TaxonomyDetail = null);

public static class HsdsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Letters of every script as themselves (the body is UTF-8): "Äitiysneuvola", not "\u00C4itiysneuvola", readable
        // by whoever opens the open data (and a page of Finnish texts 3 % smaller). HTML-sensitive characters and controls
        // stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

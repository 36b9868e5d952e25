using System.Text.Json;
using System.Text.Json.Serialization;

namespace Perheverkko.Web.Features.Ptv;

// What Perheverkko sends to PTV's input API v11, only the fields it fills in, with PTV's own JSON names (camelCase as PTV
// serves them). PTV's v11 routes take its models V9VmOpenApiServiceIn (POST api/v11/Service), V9VmOpenApiServiceInBase
// (PUT api/v11/Service/{id} and .../sourceId/{sourceId}), V11VmOpenApiServiceLocationChannelIn (POST
// api/v11/ServiceChannel/ServiceLocation) and V11VmOpenApiServiceLocationChannelInBase (the PUTs). A PUT leaves out what
// it does not name, so every export sends the whole entry.

/// <summary>PTV's <c>VmOpenApiLocalizedListItem</c>: a text of a kind (Name, Summary, Description…) in one language.</summary>
public sealed record PtvLocalizedItem(string Type, string Language, string Value);

/// <summary>PTV's <c>VmOpenApiLanguageItem</c>: a value in one language.</summary>
public sealed record PtvLanguageItem(string Value, string Language);

/// <summary>PTV's <c>VmOpenApiAreaIn</c>: an area type (Municipality, Region…) and the official codes.</summary>
public sealed record PtvAreaIn(string Type, IReadOnlyList<string> AreaCodes);

/// <summary>PTV's <c>V9VmOpenApiServiceProducerIn</c>: who produces the service and how (SelfProducedServices: the organisation itself).</summary>
public sealed record PtvServiceProducerIn(string ProvisionType, IReadOnlyList<Guid> Organizations);

/// <summary>A service as PTV's input API takes it (<c>V9VmOpenApiServiceIn</c>; the PUTs take the same fields).</summary>
public sealed record PtvServiceIn(
    string SourceId,
    string Type,
    string FundingType,
    IReadOnlyList<PtvLocalizedItem> ServiceNames,
    string ServiceChargeType,
    string AreaType,
    IReadOnlyList<PtvAreaIn> Areas,
    IReadOnlyList<PtvLocalizedItem> ServiceDescriptions,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> ServiceClasses,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> LifeEvents,
    IReadOnlyList<PtvServiceProducerIn> ServiceProducers,
    string MainResponsibleOrganization,
    string PublishingStatus);

/// <summary>PTV's <c>VmOpenApiNameTypeByLanguage</c>: which name (Name or AlternativeName) is shown in a language.</summary>
public sealed record PtvNameTypeByLanguage(string Type, string Language);

/// <summary>PTV's <c>V4VmOpenApiPhone</c>: a number without its country prefix, or a Finnish service number (0800…) whole.</summary>
public sealed record PtvPhoneIn(string? PrefixNumber, string Number, bool IsFinnishServiceNumber, string ServiceChargeType, string Language);

/// <summary>PTV's <c>V9VmOpenApiWebPage</c>.</summary>
public sealed record PtvWebPageIn(string Url, string? Value, string Language);

/// <summary>
/// PTV's <c>VmOpenApiAddressStreetWithCoordinatesIn</c>: the street in a language, the number apart, the municipality by its
/// official code ("491"), the coordinates in ETRS-TM35FIN (EPSG:3067: latitude is the northing, longitude the easting), as text.
/// </summary>
public sealed record PtvStreetAddressIn(
    IReadOnlyList<PtvLanguageItem> Street, string? StreetNumber, string? PostalCode, string? Municipality, string? Latitude, string? Longitude);

/// <summary>PTV's <c>V9VmOpenApiAddressLocationIn</c>: a visiting address is Type "Location", SubType "Single".</summary>
public sealed record PtvAddressIn(string Type, string SubType, PtvStreetAddressIn StreetAddress, string Country);

/// <summary>PTV's <c>V8VmOpenApiDailyOpeningTime</c>: a weekday ("Monday") and times "HH:mm:ss" on PTV's quarter hours.</summary>
public sealed record PtvOpeningTimeIn(string? DayFrom, string From, string To);

/// <summary>
/// PTV's <c>V11VmOpenApiServiceHour</c>: the weekly hours (ServiceHourType "DaysOfTheWeek", valid for now) or an exception
/// ("Exceptional": from and to dates, closed, or its own times).
/// </summary>
public sealed record PtvServiceHourIn(
    string ServiceHourType, DateTime? ValidFrom, DateTime? ValidTo, bool IsClosed, bool ValidForNow,
    IReadOnlyList<PtvLanguageItem> AdditionalInformation, IReadOnlyList<PtvOpeningTimeIn> OpeningHour);

/// <summary>A meeting place as PTV's input API takes a service-location channel (<c>V11VmOpenApiServiceLocationChannelIn</c>).</summary>
public sealed record PtvServiceLocationIn(
    string SourceId,
    string OrganizationId,
    IReadOnlyList<PtvLocalizedItem> ServiceChannelNames,
    IReadOnlyList<PtvNameTypeByLanguage> DisplayNameType,
    IReadOnlyList<PtvLocalizedItem> ServiceChannelDescriptions,
    IReadOnlyList<string> Languages,
    IReadOnlyList<PtvPhoneIn> PhoneNumbers,
    IReadOnlyList<PtvLanguageItem> Emails,
    IReadOnlyList<PtvWebPageIn> WebPages,
    IReadOnlyList<PtvAddressIn> Addresses,
    IReadOnlyList<PtvServiceHourIn> ServiceHours,
    string PublishingStatus);

/// <summary>PTV's names and values, written once.</summary>
public static class PtvInput
{
    public const string Published = "Published";
    /// <summary>PTV's publishing status for an archived item: sent with a PUT, it archives PTV's copy.</summary>
    public const string Deleted = "Deleted";

    /// <summary>camelCase as PTV serves it; what we leave null is not sent (a PUT then keeps PTV's value).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

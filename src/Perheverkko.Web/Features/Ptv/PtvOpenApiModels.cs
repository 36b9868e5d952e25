namespace Perheverkko.Web.Features.Ptv;

// PTV's Open API v11 read models, only the fields the import uses, named as PTV serves them (camelCase JSON). PTV's own
// models: PTV.Domain.Model.Models.OpenApi.V11 (V11VmOpenApiService, V11VmOpenApiServiceLocationChannel,
// V11VmOpenApiServiceHour) and the shared bases they derive from. Every list may be missing or null in an answer.

/// <summary>A text in one language; <c>type</c> says which text it is ("Name", "AlternativeName", "Description", "Summary", …).</summary>
public sealed record VmOpenApiLocalizedListItem(string? Language, string? Value, string? Type = null);

/// <summary>A text in one language without a type (postOffice, street, additionalInformation).</summary>
public sealed record VmOpenApiLanguageItem(string? Language, string? Value);

/// <summary>A code of one of PTV's code lists (service class, target group, life event): code, URI and names.</summary>
public sealed record V7VmOpenApiFintoItem(string? Code, string? Uri, IReadOnlyList<VmOpenApiLanguageItem>? Name = null);

public sealed record VmOpenApiMunicipality(string? Code, IReadOnlyList<VmOpenApiLanguageItem>? Name = null);

/// <summary>An area of a service: <c>type</c> "Municipality", "Region", "BusinessSubRegion", "HospitalDistrict", …</summary>
public sealed record VmOpenApiArea(string? Type, string? Code, IReadOnlyList<VmOpenApiMunicipality>? Municipalities = null);

public sealed record VmOpenApiItem(Guid? Id, string? Name = null);

public sealed record V4VmOpenApiPhone(string? PrefixNumber, string? Number, string? Language = null, string? Type = null, bool? IsFinnishServiceNumber = null);

public sealed record V4VmOpenApiEmail(string? Value, string? Language = null);

public sealed record V9VmOpenApiWebPage(string? Url, string? Value = null, string? Language = null);

/// <summary>A street address; <c>latitude</c>/<c>longitude</c> are strings in ETRS-TM35FIN (EPSG:3067), northing and easting in metres.</summary>
public sealed record VmOpenApiAddressStreetWithCoordinates(
    IReadOnlyList<VmOpenApiLanguageItem>? Street, string? StreetNumber, string? PostalCode, IReadOnlyList<VmOpenApiLanguageItem>? PostOffice,
    VmOpenApiMunicipality? Municipality, string? Latitude, string? Longitude, string? CoordinateState = null);

/// <summary>An address of a channel: <c>type</c> "Location" (visiting) or "Postal"; <c>subType</c> "Single" (a street address), "Street", "PostOfficeBox", "Abroad", "Other".</summary>
public sealed record V9VmOpenApiAddressLocation(string? Type, string? SubType, VmOpenApiAddressStreetWithCoordinates? StreetAddress);

/// <summary>One opening of a service hour: <c>dayFrom</c> "Monday"…"Sunday", <c>from</c>/<c>to</c> "08:00:00".</summary>
public sealed record V8VmOpenApiDailyOpeningTime(string? DayFrom, string? DayTo, string? From, string? To);

/// <summary>
/// PTV's V11VmOpenApiServiceHour: <c>serviceHourType</c> "DaysOfTheWeek" (the weekly hours), "Exceptional" (closed or other
/// hours from <c>validFrom</c> to <c>validTo</c>) or "Special".
/// </summary>
public sealed record V11VmOpenApiServiceHour(
    string? ServiceHourType, DateTime? ValidFrom, DateTime? ValidTo, bool IsClosed, bool ValidForNow, bool IsAlwaysOpen,
    IReadOnlyList<VmOpenApiLanguageItem>? AdditionalInformation, IReadOnlyList<V8VmOpenApiDailyOpeningTime>? OpeningHour);

public sealed record V11VmOpenApiContactDetails(
    IReadOnlyList<V4VmOpenApiEmail>? Emails, IReadOnlyList<V4VmOpenApiPhone>? PhoneNumbers, IReadOnlyList<V9VmOpenApiWebPage>? WebPages);

/// <summary>A service's connection to a channel (V11VmOpenApiServiceServiceChannel), with the connection's own contact details.</summary>
public sealed record V11VmOpenApiServiceServiceChannel(VmOpenApiItem? ServiceChannel, V11VmOpenApiContactDetails? ContactDetails = null);

public sealed record V6VmOpenApiServiceOrganization(VmOpenApiItem? Organization, string? RoleType = null);

/// <summary>PTV's V11VmOpenApiService as the Open API serves it.</summary>
public sealed record V11VmOpenApiService(
    Guid Id, string? SourceId,
    IReadOnlyList<VmOpenApiLocalizedListItem>? ServiceNames, IReadOnlyList<VmOpenApiLocalizedListItem>? ServiceDescriptions,
    IReadOnlyList<string?>? Languages,
    IReadOnlyList<V7VmOpenApiFintoItem>? ServiceClasses, IReadOnlyList<V7VmOpenApiFintoItem>? TargetGroups, IReadOnlyList<V7VmOpenApiFintoItem>? LifeEvents,
    string? ServiceChargeType, string? AreaType, IReadOnlyList<VmOpenApiArea>? Areas,
    IReadOnlyList<V11VmOpenApiServiceServiceChannel>? ServiceChannels, IReadOnlyList<V6VmOpenApiServiceOrganization>? Organizations,
    string? PublishingStatus, DateTime? Modified);

/// <summary>
/// PTV's V11VmOpenApiServiceLocationChannel. The organisation's channel list serves every kind of channel in one list;
/// <c>serviceChannelType</c> "ServiceLocation" marks this one.
/// </summary>
public sealed record V11VmOpenApiServiceLocationChannel(
    Guid Id, string? SourceId, string? ServiceChannelType, Guid? OrganizationId,
    IReadOnlyList<VmOpenApiLocalizedListItem>? ServiceChannelNames, IReadOnlyList<VmOpenApiLocalizedListItem>? ServiceChannelDescriptions,
    IReadOnlyList<string?>? Languages, IReadOnlyList<V4VmOpenApiPhone>? PhoneNumbers, IReadOnlyList<V4VmOpenApiEmail>? Emails,
    IReadOnlyList<V9VmOpenApiWebPage>? WebPages, IReadOnlyList<V9VmOpenApiAddressLocation>? Addresses,
    IReadOnlyList<V11VmOpenApiServiceHour>? ServiceHours, string? PublishingStatus, DateTime? Modified);

/// <summary>PTV's paging (VmOpenApiModelWithPagingBase): page numbers start at 1; <c>pageCount</c> is the number of pages.</summary>
public abstract record VmOpenApiPage<T>(int PageNumber, int PageSize, int PageCount, IReadOnlyList<T>? ItemList);

/// <summary>GET /api/v11/Service/list/organization?organizationId=…&amp;page=…</summary>
public sealed record V11VmOpenApiServicesWithPaging(int PageNumber, int PageSize, int PageCount, IReadOnlyList<V11VmOpenApiService>? ItemList)
    : VmOpenApiPage<V11VmOpenApiService>(PageNumber, PageSize, PageCount, ItemList);

/// <summary>GET /api/v11/ServiceChannel/list/organization?organizationId=…&amp;page=… (every kind of channel; the import keeps the service locations).</summary>
public sealed record V11VmOpenApiServiceChannelsWithPaging(int PageNumber, int PageSize, int PageCount, IReadOnlyList<V11VmOpenApiServiceLocationChannel>? ItemList)
    : VmOpenApiPage<V11VmOpenApiServiceLocationChannel>(PageNumber, PageSize, PageCount, ItemList);

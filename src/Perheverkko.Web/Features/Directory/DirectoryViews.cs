using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory;

public sealed record NamedRef(Guid Id, string? Slug, LocalizedText Name);

public sealed record PlaceRef(Guid Id, string Slug, LocalizedText Name, string? StreetAddress, string? PostalCode, string? PostOffice,
    double? Latitude, double? Longitude);

/// <summary>An activity as the public sees it (no leaders or insurance: those are the parties' agreement).</summary>
public sealed record ActivityView(
    Guid Id, LocalizedText Name, LocalizedText Description, ActivityKind Kind, NamedRef Organisation, IReadOnlyList<NamedRef> CoOrganisers,
    NamedRef Municipality, PlaceRef? MeetingPlace, string? RoomNote, int? AgeMin, int? AgeMax, IReadOnlyList<Audience> Audiences,
    IReadOnlyList<Topic> Topics, IReadOnlyList<string> Languages, Schedule Schedule, IReadOnlyList<Occurrence> Upcoming,
    bool RegistrationRequired, string? RegistrationUrl, string? RegistrationContact, int? Capacity, Cost Cost, string? FeeNote,
    PublicationState State, DateTime UpdatedAt);

public sealed record ServiceView(
    Guid Id, LocalizedText Name, LocalizedText Description, ServiceLevel Level, NamedRef Organisation, NamedRef? Municipality,
    int? AgeMin, int? AgeMax, IReadOnlyList<Audience> Audiences, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Languages,
    IReadOnlyList<PlaceRef> MeetingPlaces, string? Phone, string? Email, string? WebUrl, string? EServiceUrl, Cost Cost, string? FeeNote,
    string? PtvId, PublicationState State, DateTime UpdatedAt, string? BookingUrl = null);

public sealed record MeetingPlaceView(
    Guid Id, string Slug, LocalizedText Name, LocalizedText Description, MeetingPlaceKind Kind, NamedRef Organisation, NamedRef Municipality,
    NamedRef? FamilyCentre, string? StreetAddress, string? PostalCode, string? PostOffice, double? Latitude, double? Longitude,
    LocalizedText Accessibility, IReadOnlyList<WeeklyOpening> OpeningHours, IReadOnlyList<OpeningException> OpeningExceptions,
    IReadOnlyList<CentralOffer> Offers, string? Phone, string? Email, string? WebUrl, PublicationState State, DateTime UpdatedAt,
    string? BookingUrl = null, bool IsAdviceHomeBase = false);

/// <summary>An entry for its editors: the version to send back, what they may do, and for an activity what is still missing.</summary>
public sealed record ActivityStaffView(ActivityView Activity, int Version, string? Leaders, string? Insurance,
    IReadOnlyList<AgreedThing> Missing, IReadOnlyList<string> PermittedActions);

/// <param name="Master">Where the entry is kept (issue #19): PTV or here; with <paramref name="PtvId"/> for staff only.</param>
public sealed record ServiceStaffView(ServiceView Service, int Version, IReadOnlyList<string> PermittedActions, DirectoryMaster Master, string? PtvId);

public sealed record MeetingPlaceStaffView(MeetingPlaceView MeetingPlace, int Version, IReadOnlyList<string> PermittedActions, DirectoryMaster Master, string? PtvId);

/// <summary>One line of a result list: an activity, a service or a meeting place.</summary>
public sealed record DirectoryHit(string Type, Guid Id, string? Slug, LocalizedText Name, LocalizedText Description, string Kind,
    LocalizedText? Municipality, LocalizedText? Place, Occurrence? Next, bool? Free)
{
    /// <summary>What a meeting place's address begins with: nothing in the default region, /r/{region} in the others (decision 0026).</summary>
    public string RegionPrefix { get; init; } = "";

    public string Path => Type switch
    {
        DirectorySearchDocuments.ActivityKind => $"/directory/activities/{Id}",
        DirectorySearchDocuments.ServiceKind => $"/directory/services/{Id}",
        _ => $"{RegionPrefix}/directory/places/{Slug}",
    };
}

public sealed record DirectorySearchResult(IReadOnlyList<DirectoryHit> Items, int Total, int Page, int PageCount)
{
    /// <summary>When the text as typed found nothing: the form with a/ä and o/ö swapped that the results are for.</summary>
    public string? SearchedFor { get; init; }

    /// <summary>When nothing was found: searches with a close word of the directory that would find something.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}

/// <summary>One occurrence of an activity in a "this week" listing.</summary>
public sealed record WeekItem(Occurrence Occurrence, DirectoryHit Activity);

/// <summary>
/// Part of a longer list and how long the whole is: a municipality's page shows the first few of its hundreds of
/// activities and links to the rest, the week's page shows one page of it (a national municipality's page was 480 KB).
/// </summary>
public sealed record ListSlice<T>(IReadOnlyList<T> Items, int Total)
{
    /// <summary>Everything to show: no longer list behind it.</summary>
    public static ListSlice<T> Whole(IReadOnlyList<T> items) => new(items, items.Count);

    public bool IsShortened => Total > Items.Count;
}

/// <summary>A line of the staff's list of entries they may edit: where it is (municipality, place) and, for an activity, its next meeting day.</summary>
public sealed record StaffEntry(string Type, Guid Id, LocalizedText Name, NamedRef Organisation, PublicationState State, DateTime UpdatedAt, bool Demo,
    Guid? MunicipalityId = null, LocalizedText? Municipality = null, LocalizedText? Place = null, DateOnly? Next = null);

/// <summary>One page of the staff list, with how many entries the filter let through.</summary>
public sealed record StaffEntryPage(IReadOnlyList<StaffEntry> Items, int Total, int Page, int PageCount);

/// <summary>
/// What the staff list is narrowed to: a type (activity, service, meeting place), a municipality by its short name, a state
/// and words that the name contains in any language; and which page of <paramref name="Size"/> rows.
/// </summary>
public sealed record StaffListFilter(string? Type, string? Municipality, PublicationState? State, string? Text, int Page, int Size = StaffListFilter.PageSize)
{
    public const int PageSize = 50;

    /// <param name="municipalityId">The municipality the short name names; an unknown name lets nothing through.</param>
    public Func<StaffEntry, bool> Matches(Guid? municipalityId) => e =>
        (string.IsNullOrEmpty(Type) || e.Type == Type)
        && (string.IsNullOrEmpty(Municipality) || (municipalityId is not null && e.MunicipalityId == municipalityId))
        && (State is null || e.State == State)
        && (string.IsNullOrWhiteSpace(Text) || new[] { e.Name.Fi, e.Name.Sv, e.Name.En }.Any(n => n?.Contains(Text.Trim(), StringComparison.CurrentCultureIgnoreCase) == true));
}

using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The public search's parameters exactly as they arrive in a bookmarkable GET address
/// (<c>/directory?q=perhekerho&amp;municipality=mikkeli&amp;kind=OpenActivity&amp;week=true</c>). Anything unknown or
/// malformed becomes a field message, never an exception further in.
/// </summary>
public sealed record DirectoryFilterInput(string? Q, string? Municipality, string? Kind, string? Age, string? Language, string? Day,
    string? Free, string? Week, string? Page)
{
    public const int MaxQueryLength = 200;
    /// <summary>Any activity, whatever its kind: where a municipality's page sends for all its activities.</summary>
    public const string ActivityKindValue = "Activity";
    public const string ServiceKindValue = "Service";
    public const string MeetingPlaceKindValue = "MeetingPlace";

    /// <summary>The values of the kind filter: any activity, each activity kind, then services and meeting places.</summary>
    public static readonly IReadOnlyList<string> KindValues = [ActivityKindValue, .. Enum.GetNames<ActivityKind>(), ServiceKindValue, MeetingPlaceKindValue];

    /// <returns>The filter; <paramref name="errors"/> holds a text key per field that could not be understood.</returns>
    public DirectoryFilter Parse(IReadOnlyDictionary<string, Guid> municipalitiesBySlug, out IReadOnlyDictionary<string, FieldError> errors)
    {
        var problems = new Dictionary<string, FieldError>();
        var query = Q?.Trim();
        if (query is { Length: > MaxQueryLength }) problems["q"] = new FieldError("validation.max_length", MaxQueryLength);

        Guid? municipalityId = null;
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            if (municipalitiesBySlug.TryGetValue(Municipality.Trim().ToLowerInvariant(), out var id)) municipalityId = id;
            else problems["municipality"] = new FieldError("directory.filter_unknown");
        }
        string? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            kind = KindValues.FirstOrDefault(k => string.Equals(k, Kind.Trim(), StringComparison.OrdinalIgnoreCase));
            if (kind is null) problems["kind"] = new FieldError("directory.filter_unknown");
        }
        int? age = null;
        if (!string.IsNullOrWhiteSpace(Age))
        {
            if (int.TryParse(Age.Trim(), out var a) && a is >= 0 and <= 120) age = a;
            else problems["age"] = new FieldError("validation.range", 0, 120);
        }
        string? language = null;
        if (!string.IsNullOrWhiteSpace(Language))
        {
            language = Language.Trim().ToLowerInvariant();
            if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower)) { problems["language"] = new FieldError("validation.language"); language = null; }
        }
        DayOfWeek? day = null;
        if (!string.IsNullOrWhiteSpace(Day))
        {
            if (Enum.TryParse<DayOfWeek>(Day.Trim(), ignoreCase: true, out var d) && Enum.IsDefined(d) && !int.TryParse(Day, out _)) day = d;
            else problems["day"] = new FieldError("directory.filter_unknown");
        }
        var page = 1;
        if (!string.IsNullOrWhiteSpace(Page) && !(int.TryParse(Page.Trim(), out page) && page is >= 1 and <= 10_000))
        {
            problems["page"] = new FieldError("validation.range", 1, 10_000);
            page = 1;
        }
        errors = problems;
        return new DirectoryFilter(string.IsNullOrEmpty(query) ? null : query, municipalityId, kind, age, language, day, IsOn(Free), IsOn(Week), page);
    }

    private static bool IsOn(string? value) => value?.Trim().ToLowerInvariant() is "true" or "on" or "1" or "yes";
}

/// <summary>A understood search: text, municipality, kind, age, language, weekday, free of charge, this week, page.</summary>
public sealed record DirectoryFilter(string? Query, Guid? MunicipalityId, string? Kind, int? Age, string? Language, DayOfWeek? Day,
    bool Free, bool ThisWeek, int Page = 1)
{
    /// <summary>Only one region's items (the search's region choice, HSDS's <c>region</c>); null searches every region.</summary>
    public Guid? RegionId { get; init; }

    public ActivityKind? ActivityKind => Enum.TryParse<ActivityKind>(Kind, out var k) ? k : null;

    /// <summary>Weekday and "this week" are about when something happens: only activities have that.</summary>
    public bool WantsActivities => Kind is null or DirectoryFilterInput.ActivityKindValue || ActivityKind is not null;

    public bool WantsServices => (Kind is null || Kind == DirectoryFilterInput.ServiceKindValue) && Day is null && !ThisWeek;

    /// <summary>Age, language and cost describe activities and services; a place has none of them.</summary>
    public bool WantsPlaces => (Kind is null || Kind == DirectoryFilterInput.MeetingPlaceKindValue) && Day is null && !ThisWeek
        && Age is null && Language is null && !Free;
}

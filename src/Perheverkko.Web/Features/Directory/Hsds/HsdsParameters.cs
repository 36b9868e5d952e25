using System.Globalization;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Directory.Hsds;

/// <summary>A query parameter the HSDS API cannot use: a 400 with the parameter's name and a stable code.</summary>
public sealed class HsdsParameterInvalid(string parameter, string message) : Exception(message)
{
    public const string Code = "hsds.parameter_invalid";
    public string Parameter { get; } = parameter;
}

/// <summary>
/// The query parameters of the HSDS list endpoints, read and checked in one place. A parameter of the standard that this
/// API does not implement (<see cref="Unsupported"/>) and a known one with a value it cannot use are refused, so a client
/// never silently gets a different result from the one it asked for; parameters outside the standard are ignored.
/// </summary>
public sealed record HsdsQuery(
    string Language, int Page, int PerPage, string? Search, Guid? TaxonomyTermId, Guid? TaxonomyId, Guid? OrganizationId,
    DateTime? ModifiedAfter, bool Full, bool FullService, Guid? ParentId, bool TopOnly)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;
    /// <summary>Longer queries are refused rather than analysed (a search box's query is a few words).</summary>
    public const int MaxSearchLength = 200;

    public long Skip => (long)(Page - 1) * PerPage;

    /// <summary>
    /// <c>region=etela-savo</c>: only the items (services, organisations, service at locations) of one region, by its short
    /// name. Without it, every region's. An unknown region is refused (400), like any value that cannot be used.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>
    /// <c>postcode=50100</c>: only the items held at a published meeting place with that postal code (five digits). HSDS 3.0
    /// means "a point used to check service coverage"; our service areas are whole municipalities, so the places are what a
    /// postal code can be checked against.
    /// </summary>
    public string? Postcode { get; init; }

    /// <summary>
    /// <c>proximity=2000</c> with <c>postcode</c>: only the items held at a place whose coordinates are within that many metres of
    /// the postcode's centroid (HSDS 3.0), here the centre of the published places with that postal code and coordinates.
    /// </summary>
    public double? Proximity { get; init; }

    /// <summary>Further than the length of Finland (about 1,160 km) is no narrowing: a larger proximity is refused as a mistake.</summary>
    public const double MaxProximity = 1_500_000;

    /// <summary>HSDS 3.0 list parameters not implemented here: a 400 that says so, not a list that ignored them.</summary>
    public static readonly IReadOnlyList<string> Unsupported = ["minimal"];

    /// <summary>The parameters that narrow by place: HSDS 3.0 defines them on service_at_locations, and they mean the same on services.</summary>
    public static readonly IReadOnlyList<string> ByPlace = ["postcode", "proximity"];

    /// <summary>The parameters of a list; <paramref name="byPlace"/> on the lists of services and service_at_locations, the only ones held at places.</summary>
    public static HsdsQuery From(IQueryCollection query, bool byPlace = false)
    {
        foreach (var name in Unsupported)
            if (query.ContainsKey(name)) throw new HsdsParameterInvalid(name, $"{name} is a parameter of HSDS 3.0 that this API does not support.");
        if (!byPlace)
            foreach (var name in ByPlace)
                if (query.ContainsKey(name)) throw new HsdsParameterInvalid(name, $"{name} is supported on /hsds/services and /hsds/service_at_locations only.");
        return Read(query) with { Postcode = PostcodeOf(query), Proximity = ProximityOf(query) };
    }

    private static HsdsQuery Read(IQueryCollection query) => new HsdsQuery(
        LanguageOf(query),
        Integer(query, "page", 1, 1, int.MaxValue),
        Integer(query, "per_page", DefaultPerPage, 1, MaxPerPage),
        SearchOf(query),
        Id(query, "taxonomy_term_id"),
        Id(query, "taxonomy_id"),
        Id(query, "organization_id"),
        Timestamp(query, "modified_after"),
        Boolean(query, "full"),
        Boolean(query, "full_service"),
        Id(query, "parent_id"),
        Boolean(query, "top_only")) { Region = Single(query, "region")?.Trim().ToLowerInvariant() };

    /// <summary>
    /// <c>lang=fi|sv|en</c>, Finnish when absent. A URL names one document, so Accept-Language is not consulted: a
    /// harvester or cache that stores the URL gets the same language every time (see docs/decisions/0020).
    /// </summary>
    public static string LanguageOf(IQueryCollection query)
    {
        var value = Single(query, "lang");
        if (value is null) return Texts.DefaultLanguage;
        var language = value.Trim().ToLowerInvariant();
        return Texts.Languages.Contains(language) ? language : throw new HsdsParameterInvalid("lang", "lang must be fi, sv or en.");
    }

    public static void CheckFormat(IQueryCollection query)
    {
        var format = Single(query, "format");
        if (format is not null && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
            throw new HsdsParameterInvalid("format", "Only format=json is offered.");
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0) return null;
        if (values.Count > 1) throw new HsdsParameterInvalid(name, $"{name} was given more than once.");
        return string.IsNullOrWhiteSpace(values[0]) ? null : values[0];
    }

    private static int Integer(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var value = Single(query, name);
        if (value is null) return fallback;
        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            throw new HsdsParameterInvalid(name, max == int.MaxValue ? $"{name} must be a whole number from {min}." : $"{name} must be a whole number from {min} to {max}.");
        return number;
    }

    private static Guid? Id(IQueryCollection query, string name)
    {
        var value = Single(query, name);
        if (value is null) return null;
        return Guid.TryParseExact(value.Trim(), "D", out var id) ? id : throw new HsdsParameterInvalid(name, $"{name} must be a UUID.");
    }

    private static bool Boolean(IQueryCollection query, string name)
    {
        var value = Single(query, name);
        if (value is null) return false;
        return bool.TryParse(value.Trim(), out var flag) ? flag : throw new HsdsParameterInvalid(name, $"{name} must be true or false.");
    }

    /// <summary>A Finnish postal code: five digits.</summary>
    private static string? PostcodeOf(IQueryCollection query)
    {
        var value = Single(query, "postcode")?.Trim();
        if (value is null) return null;
        return value.Length == 5 && value.All(char.IsAsciiDigit) ? value : throw new HsdsParameterInvalid("postcode", "postcode must be a Finnish postal code of five digits (50100).");
    }

    /// <summary>Metres from the postcode's centroid: a number above 0, with <c>postcode</c>.</summary>
    private static double? ProximityOf(IQueryCollection query)
    {
        var value = Single(query, "proximity")?.Trim();
        if (value is null) return null;
        if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var metres) || metres <= 0 || metres > MaxProximity)
            throw new HsdsParameterInvalid("proximity", $"proximity must be a distance in metres above 0 and at most {MaxProximity.ToString("0", CultureInfo.InvariantCulture)} (2000).");
        if (Single(query, "postcode") is null) throw new HsdsParameterInvalid("proximity", "proximity is measured from the centroid of postcode: give postcode too.");
        return metres;
    }

    private static string? SearchOf(IQueryCollection query)
    {
        var value = Single(query, "search")?.Trim();
        if (value is { Length: > MaxSearchLength }) throw new HsdsParameterInvalid("search", $"search must be at most {MaxSearchLength} characters.");
        return value;
    }

    /// <summary>An ISO 8601 date (midnight UTC) or date and time with an offset or Z; a time without an offset is refused as ambiguous.</summary>
    private static DateTime? Timestamp(IQueryCollection query, string name)
    {
        var value = Single(query, name)?.Trim();
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
        if (value.Length > 10 && (value.EndsWith('Z') || value[^6] is '+' or '-')
            && DateTimeOffset.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant.UtcDateTime;
        throw new HsdsParameterInvalid(name, $"{name} must be an ISO 8601 date (2026-01-31) or date and time with an offset (2026-01-31T12:00:00Z).");
    }
}

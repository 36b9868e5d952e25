using System.Globalization;
using System.Text.Json;
using Perheverkko.Web.Platform.Text;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// schema.org descriptions of the public detail pages, embedded as JSON-LD: a meeting place is a Place with opening
/// hours, an activity an Event with its eventSchedule (a schema.org Schedule: weekdays, times, dates, exceptions),
/// a public service a GovernmentService and an NGO's or parish's a Service. The default encoder escapes &lt; and &gt;,
/// so stored text cannot close the script element.
/// </summary>
public static class DirectoryJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static readonly ServiceLevel[] Public = [ServiceLevel.Universal, ServiceLevel.BasicSocial, ServiceLevel.BasicHealth, ServiceLevel.Specialised, ServiceLevel.Municipal];

    public static string Place(MeetingPlaceView p, string language, string url) => Write(PlaceObject(p.Name.In(language), p.StreetAddress, p.PostalCode,
        p.PostOffice, p.Latitude, p.Longitude, url, p.Description.In(language), p.OpeningHours, p.Phone, p.Email));

    public static string Event(ActivityView a, string language, string url)
    {
        var s = a.Schedule;
        var schedule = new Dictionary<string, object?>
        {
            ["@type"] = "Schedule",
            ["startTime"] = s.Starts.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["endTime"] = s.Ends.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["scheduleTimezone"] = "Europe/Helsinki",
        };
        if (s.Weekly is { } w)
        {
            schedule["repeatFrequency"] = "P1W";
            schedule["byDay"] = w.Days.Select(d => "https://schema.org/" + d).ToArray();
            schedule["startDate"] = Iso(w.From);
            if (w.Until is { } until) schedule["endDate"] = Iso(until);
        }
        else if (s.Dates.Count > 0)
        {
            schedule["startDate"] = Iso(s.Dates[0]);
            schedule["endDate"] = Iso(s.Dates[^1]);
        }
        if (s.Cancelled.Count > 0) schedule["exceptDate"] = s.Cancelled.Select(Iso).ToArray();
        var next = a.Upcoming.FirstOrDefault();
        var ld = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = a.Name.In(language),
            ["description"] = Empty(a.Description.In(language)),
            ["url"] = url,
            ["inLanguage"] = a.Languages.Count > 0 ? a.Languages.ToArray() : null,
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["startDate"] = next is null ? null : new DateTimeOffset(next.StartsAtUtc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["endDate"] = next is null ? null : new DateTimeOffset(next.EndsAtUtc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["eventSchedule"] = schedule,
            ["isAccessibleForFree"] = a.Cost == Cost.Free,
            ["maximumAttendeeCapacity"] = a.Capacity,
            ["typicalAgeRange"] = AgeRange(a.AgeMin, a.AgeMax),
            ["organizer"] = new[] { a.Organisation }.Concat(a.CoOrganisers).Select(o => new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = o.Name.In(language) }).ToArray(),
            ["location"] = a.MeetingPlace is { } p
                ? PlaceObject(p.Name.In(language), p.StreetAddress, p.PostalCode, p.PostOffice, p.Latitude, p.Longitude, null, null, null, null, null)
                : new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = a.Municipality.Name.In(language) },
        };
        return Write(ld);
    }

    public static string Service(ServiceView s, string language, string url) => Write(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = Public.Contains(s.Level) ? "GovernmentService" : "Service",
        ["name"] = s.Name.In(language),
        ["description"] = Empty(s.Description.In(language)),
        ["url"] = url,
        ["provider"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = s.Organisation.Name.In(language) },
        ["areaServed"] = s.Municipality is { } m
            ? new Dictionary<string, object?> { ["@type"] = "City", ["name"] = m.Name.In(language) }
            : new Dictionary<string, object?> { ["@type"] = "AdministrativeArea", ["name"] = "Etelä-Savo" },
        ["availableLanguage"] = s.Languages.Count > 0 ? s.Languages.ToArray() : null,
        ["audience"] = s.AgeMin is null && s.AgeMax is null ? null
            : new Dictionary<string, object?> { ["@type"] = "PeopleAudience", ["suggestedMinAge"] = s.AgeMin, ["suggestedMaxAge"] = s.AgeMax },
        ["availableChannel"] = s.MeetingPlaces.Select(p => new Dictionary<string, object?>
        {
            ["@type"] = "ServiceChannel",
            ["serviceLocation"] = PlaceObject(p.Name.In(language), p.StreetAddress, p.PostalCode, p.PostOffice, p.Latitude, p.Longitude, null, null, null, null, null),
        }).Concat(s.Phone is null && s.WebUrl is null && s.EServiceUrl is null ? [] : [new Dictionary<string, object?>
        {
            ["@type"] = "ServiceChannel",
            ["servicePhone"] = s.Phone is null ? null : new Dictionary<string, object?> { ["@type"] = "ContactPoint", ["telephone"] = s.Phone },
            ["serviceUrl"] = s.EServiceUrl ?? s.WebUrl,
        }]).ToArray(),
        ["isAccessibleForFree"] = s.Cost == Cost.Free,
    });

    private static Dictionary<string, object?> PlaceObject(string name, string? street, string? postalCode, string? postOffice, double? latitude, double? longitude,
        string? url, string? description, IReadOnlyList<WeeklyOpening>? hours, string? phone, string? email) => new()
    {
        ["@context"] = url is null ? null : "https://schema.org",
        ["@type"] = "Place",
        ["name"] = name,
        ["description"] = Empty(description),
        ["url"] = url,
        ["telephone"] = phone,
        ["email"] = email,
        ["address"] = street is null && postOffice is null ? null : new Dictionary<string, object?>
        {
            ["@type"] = "PostalAddress", ["streetAddress"] = street, ["postalCode"] = postalCode, ["addressLocality"] = postOffice, ["addressCountry"] = "FI",
        },
        ["geo"] = latitude is null ? null : new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude },
        ["openingHoursSpecification"] = hours is null || hours.Count == 0 ? null : hours.Select(h => new Dictionary<string, object?>
        {
            ["@type"] = "OpeningHoursSpecification",
            ["dayOfWeek"] = "https://schema.org/" + h.Day,
            ["opens"] = h.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["closes"] = h.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
        }).ToArray(),
    };

    private static string? AgeRange(int? min, int? max) => (min, max) switch
    {
        (null, null) => null,
        (var a, null) => $"{a}-",
        (null, var b) => $"0-{b}",
        var (a, b) => $"{a}-{b}",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Descriptions are Markdown; structured data carries the text a reader sees.</summary>
    private static string? Empty(string? markdown) => SafeMarkdown.ToPlainText(markdown) is { Length: > 0 } text ? text : null;

    private static string Write(object value) => JsonSerializer.Serialize(Prune(value), Options);

    /// <summary>The element the page embeds: written whole here, so the type's "+" is not entity-encoded as Razor would in an attribute.</summary>
    public static string Script(string json) => "<script type=\"application/ld+json\">" + json + "</script>";

    /// <summary>Leaves out properties without a value, as schema.org consumers expect.</summary>
    private static object? Prune(object? value) => value switch
    {
        Dictionary<string, object?> map => map.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => Prune(p.Value)),
        object[] items => items.Select(Prune).ToArray(),
        _ => value,
    };
}

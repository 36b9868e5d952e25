using System.Text.Json.Serialization;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>When and how a meeting is held, as entered: a day and times in Finnish time.</summary>
public sealed record MeetingTimeInput(DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, MeetingMode? Mode, string? Place, string? VideoLink)
{
    public void Check(InputCheck check) => check
        .That(Date is not null, "date", "validation.required")
        .That(StartTime is not null, "startTime", "validation.required")
        .That(EndTime is not null, "endTime", "validation.required")
        .Defined("mode", Mode)
        .Optional("place", Place, GovernanceLimits.Place)
        .Optional("videoLink", VideoLink, GovernanceLimits.Link)
        .That(string.IsNullOrWhiteSpace(VideoLink) || IsWebAddress(VideoLink), "videoLink", "validation.url");

    // Derived for the use cases, never sent: kept out of the JSON contract (and so out of the OpenAPI input schema).
    [JsonIgnore] public DateTime StartUtc => HelsinkiTime.ToUtc(Date!.Value, StartTime!.Value);
    [JsonIgnore] public DateTime EndUtc => HelsinkiTime.ToUtc(Date!.Value, EndTime!.Value);
    [JsonIgnore] public string? PlaceOrNull => Place.TrimmedOrNull();
    [JsonIgnore] public string? VideoLinkOrNull => VideoLink.TrimmedOrNull();

    internal static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

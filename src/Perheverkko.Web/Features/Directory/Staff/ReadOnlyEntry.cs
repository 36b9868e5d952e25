using Perheverkko.Web.Features.Directory.Public;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>
/// Another organisation's entry as an editor who may not change it sees it (issue #13 item 4): whose it is and what it
/// says, not a form whose save would only be refused.
/// </summary>
public sealed record ReadOnlyEntry(NamedRef Maintainer, IReadOnlyList<(string Label, string Value)> Facts)
{
    public static IReadOnlyList<(string, string)> ActivityFacts(ActivityView a, Texts t, string language) => Present(
    [
        (t["directory.kind"], t.Of(a.Kind)),
        (t["directory.municipality"], a.Municipality.Name.In(language)),
        (t["directory.rooms"], string.Join(", ", new[] { a.MeetingPlace?.Name.In(language), a.RoomNote }.Where(x => !string.IsNullOrWhiteSpace(x)))),
        (t["directory.when"], DirectoryFormat.Schedule(a.Schedule, t)),
        (t["directory.description"], a.Description.In(language)),
    ]);

    public static IReadOnlyList<(string, string)> ServiceFacts(ServiceView s, Texts t, string language) => Present(
    [
        (t["directory.level"], t.Of(s.Level)),
        (t["directory.area"], s.Municipality?.Name.In(language) ?? t["directory.whole_region"]),
        (t["directory.where"], string.Join(", ", s.MeetingPlaces.Select(p => p.Name.In(language)))),
        (t["directory.description"], s.Description.In(language)),
    ]);

    public static IReadOnlyList<(string, string)> PlaceFacts(MeetingPlaceView p, Texts t, string language) => Present(
    [
        (t["directory.kind"], t.Of(p.Kind)),
        (t["directory.municipality"], p.Municipality.Name.In(language)),
        (t["directory.address"], DirectoryFormat.Address(p.StreetAddress, p.PostalCode, p.PostOffice)),
        (t["directory.description"], p.Description.In(language)),
    ]);

    /// <summary>Only what is filled in: an empty row says nothing.</summary>
    private static IReadOnlyList<(string, string)> Present(IEnumerable<(string Label, string Value)> facts) =>
        facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
}

using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Directory;

/// <summary>A meeting place's own rules (coordinates, opening hours) and the publication states every directory entry shares.</summary>
public sealed class MeetingPlaceTests
{
    private static readonly DateTime Created = new(2030, 1, 7, 8, 0, 0, DateTimeKind.Utc);
    private static readonly TimeOnly Nine = new(9, 0), Three = new(15, 0);

    private static MeetingPlaceDetails Details(double? latitude = 61.688, double? longitude = 27.272,
        IReadOnlyList<WeeklyOpening>? hours = null, IReadOnlyList<OpeningException>? exceptions = null) =>
        new(new LocalizedText("Kohtaamispaikka"), new LocalizedText(""), MeetingPlaceKind.MeetingPlace, Guid.NewGuid(),
            "Hallituskatu 1", "50100", "Mikkeli", latitude, longitude, new LocalizedText(""),
            hours ?? [new WeeklyOpening(DayOfWeek.Monday, Nine, Three)], exceptions ?? [], [], null, null, null, null);

    private static MeetingPlace Place(MeetingPlaceDetails? details = null) =>
        MeetingPlace.Create(Guid.NewGuid(), Guid.NewGuid(), "kohtaamispaikka", Guid.NewGuid(), details ?? Details(), Created);

    private static Rule RuleOf(Action action) => Assert.IsAssignableFrom<DomainRuleViolation>(Record.Exception(action)).Rule;

    [Fact]
    public void Create_LatitudeWithoutLongitude_IsRefusedAsIncompleteCoordinates()
    {
        var rule = RuleOf(() => Place(Details(longitude: null)));
        Assert.Equal("directory.coordinates_incomplete", rule.Code);
        Assert.Equal("longitude", rule.Field);
        Assert.Equal("directory.coordinates_incomplete", RuleOf(() => Place(Details(latitude: null))).Code);
        Assert.Null(Place(Details(latitude: null, longitude: null)).Latitude);
    }

    [Fact]
    public void Create_AndUpdate_ClosingNotAfterOpening_IsRefusedAsInvalidOpeningHours()
    {
        var rule = RuleOf(() => Place(Details(hours: [new WeeklyOpening(DayOfWeek.Monday, Three, Nine)])));
        Assert.Equal("directory.opening_hours_invalid", rule.Code);
        Assert.Equal("openingHours", rule.Field);
        var christmas = new DateOnly(2030, 12, 24);
        Assert.Equal("directory.opening_hours_invalid",
            RuleOf(() => Place(Details(exceptions: [new OpeningException(christmas, christmas.AddDays(-1), null, null, new LocalizedText("Joulu"))]))).Code);
        Assert.Equal("directory.opening_hours_invalid",
            RuleOf(() => Place(Details(exceptions: [new OpeningException(christmas, christmas, Nine, null, null)]))).Code);

        var place = Place();
        Assert.Equal("directory.opening_hours_invalid",
            RuleOf(() => place.Update(1, Details(hours: [new WeeklyOpening(DayOfWeek.Friday, Nine, Nine)]), Created.AddHours(1))).Code);
        Assert.Equal(1, place.Version);
    }

    [Theory]
    [InlineData(PublicationState.Archived, PublicationState.Published)]
    [InlineData(PublicationState.Draft, PublicationState.Draft)]
    [InlineData(PublicationState.Published, PublicationState.Published)]
    [InlineData(PublicationState.Archived, PublicationState.Archived)]
    public void MoveTo_NotAllowedTransition_IsRefusedAndChangesNothing(PublicationState from, PublicationState to)
    {
        var place = Place();
        if (from == PublicationState.Published) place.MoveTo(place.Version, PublicationState.Published, Created);
        if (from == PublicationState.Archived) place.MoveTo(place.Version, PublicationState.Archived, Created);
        var version = place.Version;

        var rule = RuleOf(() => place.MoveTo(version, to, Created.AddHours(1)));
        Assert.Equal("directory.transition_not_allowed", rule.Code);
        Assert.Equal(RuleKind.Conflict, rule.Kind);
        Assert.Equal((from, version), (place.State, place.Version));
    }

    [Fact]
    public void MoveTo_ArchivedBackToDraftAndThenPublished_IsAllowed()
    {
        var place = Place();
        place.MoveTo(1, PublicationState.Archived, Created);
        place.MoveTo(2, PublicationState.Draft, Created);
        place.MoveTo(3, PublicationState.Published, Created.AddHours(1));
        Assert.Equal((PublicationState.Published, 4, Created.AddHours(1)), (place.State, place.Version, place.PublishedAt));
    }
}

using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Directory.Hsds;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.UnitTests.Features.Directory;

/// <summary>A place's opening hours as HSDS schedules: every schedule says when it is open; closures are notes (issue #14 item 4).</summary>
public sealed class HsdsOpeningSchedulesTests
{
    [Fact]
    public void A_closure_is_not_a_schedule_but_a_note_on_the_weekly_hours_and_other_hours_are_a_dated_schedule()
    {
        var nine = new TimeOnly(9, 0);
        var place = MeetingPlace.Create(Guid.NewGuid(), Guid.NewGuid(), "kohtaamispaikka", Guid.NewGuid(),
            new MeetingPlaceDetails(new LocalizedText("Kohtaamispaikka"), new LocalizedText(""), MeetingPlaceKind.MeetingPlace, Guid.NewGuid(),
                null, null, null, null, null, new LocalizedText(""),
                [new WeeklyOpening(DayOfWeek.Monday, nine, new TimeOnly(15, 0)), new WeeklyOpening(DayOfWeek.Tuesday, nine, new TimeOnly(15, 0))],
                [new OpeningException(new DateOnly(2030, 12, 23), new DateOnly(2031, 1, 6), null, null, new LocalizedText("Joulutauko", "Jullov")),
                 new OpeningException(new DateOnly(2030, 12, 20), new DateOnly(2030, 12, 20), nine, new TimeOnly(12, 0), null)],
                [], null, null, null, null),
            new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var schedules = HsdsMapping.OpeningSchedules(place, "fi");

        Assert.Equal(2, schedules.Count);
        Assert.All(schedules, s => Assert.NotNull(s.OpensAt));
        var weekly = schedules[0];
        Assert.Equal("MO,TU", weekly.Byday);
        Assert.Null(weekly.ValidFrom);
        Assert.Equal("Suljettu 2030-12-23/2031-01-06 (Joulutauko)", weekly.Notes);
        // The note in the language asked for (issue #13 item 8).
        Assert.EndsWith("(Jullov)", HsdsMapping.OpeningSchedules(place, "sv")[0].Notes);
        var shorter = schedules[1];
        Assert.Equal(("2030-12-20", "2030-12-20", "09:00", "12:00"), (shorter.ValidFrom, shorter.ValidTo, shorter.OpensAt, shorter.ClosesAt));
    }
}

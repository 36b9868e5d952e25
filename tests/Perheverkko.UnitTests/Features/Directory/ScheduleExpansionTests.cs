using Perheverkko.Web.Features.Directory;

namespace Perheverkko.UnitTests.Features.Directory;

public sealed class ScheduleExpansionTests
{
    private static readonly TimeOnly Ten = new(10, 0), Noon = new(12, 0);

    /// <summary>Every Tuesday 10–12 from September to May, as the example says.</summary>
    private static Schedule TuesdaysSeptemberToMay(params DateOnly[] cancelled) =>
        Schedule.EveryWeek(new DateOnly(2026, 9, 1), new DateOnly(2027, 5, 25), Ten, Noon, DayOfWeek.Tuesday) with { Cancelled = cancelled };

    [Fact]
    public void A_weekly_schedule_gives_each_weekday_in_its_range()
    {
        var occurrences = ScheduleExpansion.Between(TuesdaysSeptemberToMay(), new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 30));
        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 8), new DateOnly(2026, 9, 15), new DateOnly(2026, 9, 22), new DateOnly(2026, 9, 29)],
            occurrences.Select(o => o.Date));
        Assert.Empty(ScheduleExpansion.Between(TuesdaysSeptemberToMay(), new DateOnly(2027, 5, 26), new DateOnly(2027, 6, 30)));
        Assert.Equal(new DateOnly(2027, 5, 25), ScheduleExpansion.Between(TuesdaysSeptemberToMay(), new DateOnly(2027, 5, 1), new DateOnly(2027, 12, 31)).Last().Date);
    }

    [Fact]
    public void The_next_occurrence_skips_cancelled_days_and_can_be_asked_for_one_weekday_within_a_range()
    {
        var schedule = Schedule.EveryWeek(new DateOnly(2026, 11, 2), null, Ten, Noon, DayOfWeek.Tuesday, DayOfWeek.Thursday)
            with { Dates = [new DateOnly(2026, 11, 14)], Cancelled = [new DateOnly(2026, 11, 10)] };
        var monday = new DateOnly(2026, 11, 9);
        Assert.Equal(new DateOnly(2026, 11, 12), ScheduleExpansion.Next(schedule, monday)?.Date);
        Assert.Equal(new DateOnly(2026, 11, 14), ScheduleExpansion.Next(schedule, monday, on: DayOfWeek.Saturday)?.Date);
        Assert.Equal(new DateOnly(2026, 11, 17), ScheduleExpansion.Next(schedule, monday, on: DayOfWeek.Tuesday)?.Date);
        Assert.Null(ScheduleExpansion.Next(schedule, monday, to: monday.AddDays(6), on: DayOfWeek.Tuesday)); // this week's Tuesday is cancelled
        Assert.Null(ScheduleExpansion.Next(schedule, monday, on: DayOfWeek.Sunday));
        // The first of the expansion, always: the listing orders by the one and shows the other.
        for (var day = new DateOnly(2026, 10, 25); day < new DateOnly(2027, 1, 5); day = day.AddDays(1))
            Assert.Equal(ScheduleExpansion.Between(schedule, day, day.AddDays(ScheduleExpansion.Horizon)).FirstOrDefault(), ScheduleExpansion.Next(schedule, day));
    }

    [Fact]
    public void Cancelled_dates_are_left_out()
    {
        var christmas = TuesdaysSeptemberToMay(new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 29));
        var dates = ScheduleExpansion.Between(christmas, new DateOnly(2026, 12, 14), new DateOnly(2027, 1, 10)).Select(o => o.Date);
        Assert.Equal([new DateOnly(2026, 12, 15), new DateOnly(2027, 1, 5)], dates);
    }

    [Fact]
    public void Single_dates_and_several_weekdays_are_merged_in_order()
    {
        var schedule = Schedule.EveryWeek(new DateOnly(2026, 11, 2), null, Ten, Noon, DayOfWeek.Thursday, DayOfWeek.Monday)
            with { Dates = [new DateOnly(2026, 11, 7)] };
        var dates = ScheduleExpansion.Between(schedule, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 9)).Select(o => o.Date);
        Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 7), new DateOnly(2026, 11, 9)], dates);
        Assert.Null(schedule.LastDate);
        Assert.Equal(Schedule.DayBit(DayOfWeek.Monday) | Schedule.DayBit(DayOfWeek.Thursday) | Schedule.DayBit(DayOfWeek.Saturday), schedule.DayMask);
    }

    [Fact]
    public void Finnish_wall_clock_time_stays_while_UTC_moves_at_the_autumn_change()
    {
        // Summer time ends on Sunday 25 October 2026: 10:00 EEST is 07:00 UTC, 10:00 EET is 08:00 UTC.
        var occurrences = ScheduleExpansion.Between(TuesdaysSeptemberToMay(), new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 27));
        Assert.Equal(new DateTime(2026, 10, 20, 7, 0, 0, DateTimeKind.Utc), occurrences[0].StartsAtUtc);
        Assert.Equal(new DateTime(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc), occurrences[0].EndsAtUtc);
        Assert.Equal(new DateTime(2026, 10, 27, 8, 0, 0, DateTimeKind.Utc), occurrences[1].StartsAtUtc);
    }

    [Fact]
    public void Finnish_wall_clock_time_stays_while_UTC_moves_at_the_spring_change()
    {
        // Summer time begins on Sunday 28 March 2027.
        var sundays = Schedule.EveryWeek(new DateOnly(2027, 3, 1), null, new TimeOnly(3, 30), new TimeOnly(5, 0), DayOfWeek.Sunday);
        var occurrences = ScheduleExpansion.Between(sundays, new DateOnly(2027, 3, 21), new DateOnly(2027, 4, 4));
        Assert.Equal(new DateTime(2027, 3, 21, 1, 30, 0, DateTimeKind.Utc), occurrences[0].StartsAtUtc);
        // 03:30 does not exist on the night of the change; it is read as 04:30 EEST, the hour after it.
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), occurrences[1].StartsAtUtc);
        Assert.Equal(new DateTime(2027, 3, 28, 2, 0, 0, DateTimeKind.Utc), occurrences[1].EndsAtUtc);
        Assert.Equal(new DateTime(2027, 4, 4, 0, 30, 0, DateTimeKind.Utc), occurrences[2].StartsAtUtc);
    }

    [Fact]
    public void This_week_is_the_seven_days_from_today_and_next_finds_the_coming_one()
    {
        var schedule = TuesdaysSeptemberToMay(new DateOnly(2026, 11, 24));
        Assert.Empty(ScheduleExpansion.ThisWeek(schedule, new DateOnly(2026, 11, 24)));
        Assert.Single(ScheduleExpansion.ThisWeek(schedule, new DateOnly(2026, 11, 25)));
        Assert.Equal(new DateOnly(2026, 12, 1), ScheduleExpansion.Next(schedule, new DateOnly(2026, 11, 23))!.Date);
        Assert.Null(ScheduleExpansion.Next(schedule, new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void Impossible_schedules_are_refused_with_their_rule()
    {
        Assert.Equal("directory.schedule_end_before_start", Assert.Throws<Perheverkko.Web.Platform.Rules.DomainRuleViolation>(() =>
            Activity.CheckSchedule(Schedule.Once(new DateOnly(2026, 12, 1), Noon, Ten))).Rule.Code);
        Assert.Equal("directory.schedule_until_before_from", Assert.Throws<Perheverkko.Web.Platform.Rules.DomainRuleViolation>(() =>
            Activity.CheckSchedule(Schedule.EveryWeek(new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1), Ten, Noon, DayOfWeek.Monday))).Rule.Code);
        Assert.Equal("directory.schedule_empty", Assert.Throws<Perheverkko.Web.Platform.Rules.DomainRuleViolation>(() =>
            Activity.CheckSchedule(new Schedule(Ten, Noon, null, [], []))).Rule.Code);
    }
}

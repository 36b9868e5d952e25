using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Directory;

/// <summary>One time an activity takes place: its Finnish date and its start and end in UTC.</summary>
public sealed record Occurrence(DateOnly Date, DateTime StartsAtUtc, DateTime EndsAtUtc);

/// <summary>
/// Turns a <see cref="Schedule"/> into dated occurrences. The times are Finnish wall-clock times, so a group that
/// meets every Tuesday at 10 meets at 10 in summer and in winter: the UTC instant moves by an hour when Europe/Helsinki
/// changes between EET and EEST. Pure and without a clock, so it is unit-tested on its own.
/// </summary>
public static class ScheduleExpansion
{
    /// <summary>"This week" in the directory: the seven days from today, so a Sunday visitor still sees the coming week.</summary>
    public const int WeekLength = 7;

    /// <summary>The occurrences on the days from <paramref name="from"/> to <paramref name="to"/>, both included, in order.</summary>
    public static IReadOnlyList<Occurrence> Between(Schedule schedule, DateOnly from, DateOnly to)
    {
        if (to < from) return [];
        var first = schedule.FirstDate > from ? schedule.FirstDate : from;
        var last = schedule.LastDate is { } end && end < to ? end : to;
        var cancelled = schedule.Cancelled.ToHashSet();
        var days = new SortedSet<DateOnly>(schedule.Dates.Where(d => d >= first && d <= last));
        if (schedule.Weekly is { } weekly)
            for (var day = first; day <= last; day = day.AddDays(1))
                if (day >= weekly.From && (weekly.Until is null || day <= weekly.Until) && weekly.Days.Contains(day.DayOfWeek)) days.Add(day);
        return days.Where(d => !cancelled.Contains(d)).Select(d => At(schedule, d)).ToList();
    }

    /// <summary>The first occurrence on or after <paramref name="from"/>, looking at most a year ahead.</summary>
    public static Occurrence? Next(Schedule schedule, DateOnly from) => Between(schedule, from, from.AddDays(366)).FirstOrDefault();

    public static IReadOnlyList<Occurrence> ThisWeek(Schedule schedule, DateOnly today) => Between(schedule, today, today.AddDays(WeekLength - 1));

    public static Occurrence At(Schedule schedule, DateOnly date) =>
        new(date, HelsinkiTime.ToUtc(date, schedule.Starts), HelsinkiTime.ToUtc(date, schedule.Ends));
}

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

    /// <summary>How far ahead an activity's next occurrence is looked for: an activity with none in a year is not listed.</summary>
    public const int Horizon = 366;

    /// <summary>The occurrences on the days from <paramref name="from"/> to <paramref name="to"/>, both included, in order.</summary>
    public static IReadOnlyList<Occurrence> Between(Schedule schedule, DateOnly from, DateOnly to) =>
        Days(schedule, from, to).Select(d => At(schedule, d)).ToList();

    /// <summary>
    /// The first occurrence from <paramref name="from"/> to <paramref name="to"/> (by default a year ahead), optionally
    /// only on one weekday. It stops at the first day found, so ordering a whole directory by it stays cheap.
    /// </summary>
    public static Occurrence? Next(Schedule schedule, DateOnly from, DateOnly? to = null, DayOfWeek? on = null)
    {
        foreach (var day in Days(schedule, from, to ?? from.AddDays(Horizon)))
            if (on is null || day.DayOfWeek == on) return At(schedule, day);
        return null;
    }

    /// <summary>The days the schedule meets, in order: its single dates and its weekly days, less the cancelled ones.</summary>
    private static IEnumerable<DateOnly> Days(Schedule schedule, DateOnly from, DateOnly to)
    {
        var first = schedule.FirstDate > from ? schedule.FirstDate : from;
        var last = schedule.LastDate is { } end && end < to ? end : to;
        if (last < first) yield break;
        var dates = schedule.Dates.Count == 0 ? null : schedule.Dates.ToHashSet();
        var cancelled = schedule.Cancelled.Count == 0 ? null : schedule.Cancelled.ToHashSet();
        var weekly = schedule.Weekly;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var meets = dates?.Contains(day) == true
                || weekly is not null && day >= weekly.From && (weekly.Until is null || day <= weekly.Until) && weekly.Days.Contains(day.DayOfWeek);
            if (meets && cancelled?.Contains(day) != true) yield return day;
        }
    }

    public static IReadOnlyList<Occurrence> ThisWeek(Schedule schedule, DateOnly today) => Between(schedule, today, today.AddDays(WeekLength - 1));

    public static Occurrence At(Schedule schedule, DateOnly date) =>
        new(date, HelsinkiTime.ToUtc(date, schedule.Starts), HelsinkiTime.ToUtc(date, schedule.Ends));
}

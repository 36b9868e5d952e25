using System.Globalization;
using Perheverkko.Web.Platform.Calendar;
using static Perheverkko.Web.Platform.Calendar.ICalendarText;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// Activities as an iCalendar feed (RFC 5545) a family can subscribe to. Each activity is one VEVENT with a stable UID,
/// its weekly recurrence as RRULE, cancelled dates as EXDATE and single dates as RDATE, in Finnish local time with the
/// Europe/Helsinki VTIMEZONE, so "every Tuesday at 10" stays at 10 across the daylight-saving changes
/// (docs/decisions/0008-directory-calendar-feeds.md).
/// </summary>
public static class DirectoryCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Uid(Guid activityId) => $"activity-{activityId:D}@perheverkko";

    public sealed record Entry(Activity Activity, string Summary, string? Description, string? Location, string Url);

    public static string Write(string calendarName, IEnumerable<Entry> entries)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Perheverkko//Directory//FI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Text(calendarName), "X-WR-TIMEZONE:" + HelsinkiTzid,
        };
        lines.AddRange(HelsinkiTimeZone);
        foreach (var entry in entries) lines.AddRange(Event(entry));
        lines.Add("END:VCALENDAR");
        return Join(lines);
    }

    private static IEnumerable<string> Event(Entry entry)
    {
        var a = entry.Activity;
        var s = a.Schedule;
        var weekly = s.Weekly;
        var firstWeekly = weekly is null ? (DateOnly?)null : FirstWeekly(weekly);
        var single = s.Dates.Where(d => !s.Cancelled.Contains(d)).ToList();
        var start = firstWeekly ?? single.FirstOrDefault(s.Dates.FirstOrDefault());
        yield return "BEGIN:VEVENT";
        yield return "UID:" + Uid(a.Id);
        yield return "SEQUENCE:" + a.Version.ToString(CultureInfo.InvariantCulture);
        yield return "DTSTAMP:" + Utc(a.UpdatedAt);
        yield return "LAST-MODIFIED:" + Utc(a.UpdatedAt);
        yield return $"DTSTART;TZID={HelsinkiTzid}:{Local(start, s.Starts)}";
        yield return $"DTEND;TZID={HelsinkiTzid}:{Local(start, s.Ends)}";
        if (weekly is not null && firstWeekly is not null)
        {
            var rule = "RRULE:FREQ=WEEKLY;BYDAY=" + string.Join(',', weekly.Days.Select(Day));
            if (weekly.Until is { } until) rule += ";UNTIL=" + Utc(HelsinkiTime.ToUtc(until, s.Starts));
            yield return rule;
            var extra = single.Where(d => d != start).ToList();
            if (extra.Count > 0) yield return $"RDATE;TZID={HelsinkiTzid}:" + string.Join(',', extra.Select(d => Local(d, s.Starts)));
        }
        else if (single.Count > 1)
        {
            yield return $"RDATE;TZID={HelsinkiTzid}:" + string.Join(',', single.Skip(1).Select(d => Local(d, s.Starts)));
        }
        var cancelled = s.Cancelled.ToList();
        if (cancelled.Count > 0) yield return $"EXDATE;TZID={HelsinkiTzid}:" + string.Join(',', cancelled.Select(d => Local(d, s.Starts)));
        yield return "SUMMARY:" + Text(entry.Summary);
        if (!string.IsNullOrWhiteSpace(entry.Description)) yield return "DESCRIPTION:" + Text(entry.Description);
        if (!string.IsNullOrWhiteSpace(entry.Location)) yield return "LOCATION:" + Text(entry.Location);
        yield return "URL:" + entry.Url;
        yield return "STATUS:CONFIRMED";
        yield return "TRANSP:TRANSPARENT";
        yield return "END:VEVENT";
    }

    /// <summary>The first day on or after the recurrence's start that falls on one of its weekdays (RFC 5545: DTSTART is the first instance).</summary>
    private static DateOnly? FirstWeekly(WeeklyRecurrence weekly)
    {
        for (var day = weekly.From; day < weekly.From.AddDays(7); day = day.AddDays(1))
            if (weekly.Days.Contains(day.DayOfWeek)) return weekly.Until is { } until && day > until ? null : day;
        return null;
    }

    private static string Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO", DayOfWeek.Tuesday => "TU", DayOfWeek.Wednesday => "WE", DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR", DayOfWeek.Saturday => "SA", _ => "SU",
    };
}

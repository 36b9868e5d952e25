using System.Globalization;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>
/// The year clock as an iCalendar text (RFC 5545, through <see cref="ICalendarText"/> like the governance feed): each task
/// is one all-day event that repeats every year (RRULE:FREQ=YEARLY) — over its months, or on its day. The UID is fixed
/// per task, so a calendar that subscribes updates the event when the task changes.
/// </summary>
public static class YearClockCalendar
{
    public static string Uid(Guid taskId) => $"yearclock-{taskId:N}@perheverkko";

    /// <param name="year">The year the repeating events start in.</param>
    /// <param name="link">The year view's absolute address, put in each event.</param>
    public static string Write(IReadOnlyList<YearClockTaskRow> tasks, int year, DateTime now, string calendarName, string? link)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Perheverkko//YearClock//FI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.Text(calendarName),
        };
        foreach (var t in tasks)
        {
            var start = YearClockTask.DueIn(year, t.StartMonth, t.Day);
            // All-day: DTEND is the day after (exclusive); a task without a day runs to the end of its last month.
            var end = t.Day is not null ? start.AddDays(1) : new DateOnly(year, t.EndMonth, 1).AddMonths(1);
            lines.AddRange([
                "BEGIN:VEVENT", "UID:" + Uid(t.Id), "DTSTAMP:" + ICalendarText.Utc(now),
                "DTSTART;VALUE=DATE:" + start.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                "DTEND;VALUE=DATE:" + end.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                "RRULE:FREQ=YEARLY", "SUMMARY:" + ICalendarText.Text(t.Title.Fi), "TRANSP:TRANSPARENT",
            ]);
            if (t.OwnerName is { } owner) lines.Add("DESCRIPTION:" + ICalendarText.Text(owner));
            if (link is not null) lines.Add("URL:" + link);
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        return ICalendarText.Join(lines);
    }
}

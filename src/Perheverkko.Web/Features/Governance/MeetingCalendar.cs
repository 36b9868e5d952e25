using System.Globalization;
using Perheverkko.Web.Platform.Calendar;
using static Perheverkko.Web.Platform.Calendar.ICalendarText;

namespace Perheverkko.Web.Features.Governance;

public enum CalendarMethod { Request, Cancel }

public sealed record CalendarAttendee(string Name, string Email, bool Deputy);

/// <summary>
/// A meeting as an iCalendar invitation (RFC 5545 with the iTIP methods of RFC 5546), written by hand: the few
/// properties a meeting needs, with the UID fixed per meeting and SEQUENCE from <see cref="Meeting.Sequence"/>, so a
/// calendar replaces the event it has instead of adding a second one. Times are written in UTC, which every client
/// shows in its own zone and which needs no VTIMEZONE block. See docs/decisions/0007-icalendar-by-hand.md.
/// </summary>
public static class MeetingCalendar
{
    public const string ContentTypeRequest = "text/calendar; method=REQUEST; charset=utf-8";
    public const string ContentTypeCancel = "text/calendar; method=CANCEL; charset=utf-8";

    public static string Uid(Guid meetingId) => $"meeting-{meetingId:D}@perheverkko";

    public static string Write(CalendarMethod method, Meeting meeting, string summary, string? description, string? url,
        string organizerName, string organizerEmail, IReadOnlyList<CalendarAttendee> attendees, DateTime now)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Perheverkko//Governance//FI",
            "CALSCALE:GREGORIAN",
            "METHOD:" + (method == CalendarMethod.Request ? "REQUEST" : "CANCEL"),
            "BEGIN:VEVENT",
            "UID:" + Uid(meeting.Id),
            "SEQUENCE:" + meeting.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + Utc(now),
            "DTSTART:" + Utc(meeting.StartsAt),
            "DTEND:" + Utc(meeting.EndsAt),
            "SUMMARY:" + Text(summary),
            "STATUS:" + (method == CalendarMethod.Request ? "CONFIRMED" : "CANCELLED"),
        };
        var location = string.Join(", ", new[] { meeting.Place, meeting.VideoLink }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (location.Length > 0) lines.Add("LOCATION:" + Text(location));
        if (!string.IsNullOrWhiteSpace(description)) lines.Add("DESCRIPTION:" + Text(description));
        if (!string.IsNullOrWhiteSpace(url)) lines.Add("URL:" + url);
        lines.Add($"ORGANIZER;CN={Param(organizerName)}:mailto:{organizerEmail}");
        foreach (var a in attendees)
            lines.Add($"ATTENDEE;CN={Param(a.Name)};ROLE={(a.Deputy ? "OPT-PARTICIPANT" : "REQ-PARTICIPANT")};PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{a.Email}");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        return ICalendarText.Join(lines);
    }
}

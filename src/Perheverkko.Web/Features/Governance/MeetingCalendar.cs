using System.Globalization;
using System.Text;

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

        var ics = new StringBuilder();
        foreach (var line in lines) Fold(ics, line);
        return ics.ToString();
    }

    internal static string Utc(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.</summary>
    internal static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>A parameter value is quoted; a double quote cannot appear in one at all (§3.1), so it is dropped.</summary>
    private static string Param(string value) => "\"" + value.Replace("\"", "", StringComparison.Ordinal).ReplaceLineEndings(" ") + "\"";

    /// <summary>§3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character.</summary>
    internal static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}

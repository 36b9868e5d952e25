using System.Globalization;
using System.Text;

namespace Perheverkko.Web.Platform.Calendar;

/// <summary>
/// The RFC 5545 details every calendar the app writes shares: escaped text values, quoted parameters, UTC and
/// Finnish local date-times, and lines folded at 75 octets. Governance invitations and the directory's feeds both
/// write through this (see docs/decisions/0007 and 0008).
/// </summary>
public static class ICalendarText
{
    public const string HelsinkiTzid = "Europe/Helsinki";

    /// <summary>Europe/Helsinki since 1983 (EU rules): a calendar that names TZID=Europe/Helsinki carries this definition.</summary>
    public static readonly IReadOnlyList<string> HelsinkiTimeZone =
    [
        "BEGIN:VTIMEZONE", "TZID:" + HelsinkiTzid,
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static string Utc(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A Finnish wall-clock time, to be written after <c>;TZID=Europe/Helsinki:</c>.</summary>
    public static string Local(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.</summary>
    public static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>A parameter value is quoted; a double quote cannot appear in one at all (§3.1), so it is dropped.</summary>
    public static string Param(string value) => "\"" + value.Replace("\"", "", StringComparison.Ordinal).ReplaceLineEndings(" ") + "\"";

    /// <summary>The content lines as one calendar text, each folded.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var ics = new StringBuilder();
        foreach (var line in lines) Fold(ics, line);
        return ics.ToString();
    }

    /// <summary>§3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character.</summary>
    public static void Fold(StringBuilder output, string line)
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

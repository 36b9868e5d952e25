using System.Globalization;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>How the directory's times, schedules, ages and languages read on a page, in the visitor's language and Finnish time.</summary>
public static class DirectoryFormat
{
    private static CultureInfo Culture => CultureInfo.GetCultureInfo(Texts.CurrentLanguage);

    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    /// <summary>In the page's language: 17.00 in Finnish, 17:00 in English.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", Culture);

    public static string DayName(DayOfWeek day) => Culture.DateTimeFormat.GetDayName(day);

    public static string ShortDay(DayOfWeek day) => Culture.DateTimeFormat.GetAbbreviatedDayName(day);

    /// <summary>"ti 24.11. 10.00–12.00", in Finnish time.</summary>
    public static string When(Occurrence o)
    {
        var starts = HelsinkiTime.ToLocal(o.StartsAtUtc);
        var ends = HelsinkiTime.ToLocal(o.EndsAtUtc);
        return $"{ShortDay(o.Date.DayOfWeek)} {o.Date.Day}.{o.Date.Month}. {Time(TimeOnly.FromDateTime(starts))}–{Time(TimeOnly.FromDateTime(ends))}";
    }

    public static string Schedule(Schedule s, Texts t)
    {
        var times = $"{Time(s.Starts)}–{Time(s.Ends)}";
        var parts = new List<string>();
        if (s.Weekly is { } w)
        {
            var days = string.Join(", ", w.Days.Select(DayName));
            parts.Add(w.Until is { } until
                ? t["directory.schedule_weekly_until", days, times, Date(w.From), Date(until)]
                : t["directory.schedule_weekly", days, times, Date(w.From)]);
        }
        if (s.Dates.Count > 0) parts.Add(t["directory.schedule_dates", string.Join(", ", s.Dates.Select(Date)), times]);
        return string.Join(" ", parts);
    }

    public static string? Ages(int? min, int? max, Texts t) => (min, max) switch
    {
        (null, null) => null,
        (var a, null) => t["directory.age_from", a!],
        (null, var b) => t["directory.age_to", b!],
        var (a, b) => t["directory.age_range", a!, b!],
    };

    /// <summary>A language by its own name ("suomi", "svenska", "العربية"), so a speaker recognises it.</summary>
    public static string Language(string code)
    {
        try
        {
            var name = CultureInfo.GetCultureInfo(code).NativeName;
            return string.IsNullOrEmpty(name) || name == code ? code : char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static string Address(string? street, string? postalCode, string? postOffice) =>
        string.Join(", ", new[] { street, string.Join(' ', new[] { postalCode, postOffice }.Where(x => !string.IsNullOrWhiteSpace(x))) }
            .Where(x => !string.IsNullOrWhiteSpace(x)));

    public static string KindName(DirectoryHit hit, Texts t) => hit.Type switch
    {
        DirectorySearchDocuments.ActivityKind => t[$"enum.ActivityKind.{hit.Kind}"],
        DirectorySearchDocuments.ServiceKind => t["directory.service"],
        _ => t[$"enum.MeetingPlaceKind.{hit.Kind}"],
    };
}

/// <summary>Where a long list is and how to get to its other pages (<c>_Pager.cshtml</c>).</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> Link)
{
    /// <summary>
    /// The page a listing's <c>page</c> parameter asks for, 1 or more: a listing without a form (the week's programme)
    /// shows its first page for a value that is no number, and its last for a number past it, rather than an error.
    /// </summary>
    public static int Asked(string? page) => int.TryParse(page, out var asked) ? Math.Clamp(asked, 1, 10_000) : 1;

    public static int PageCountOf(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}

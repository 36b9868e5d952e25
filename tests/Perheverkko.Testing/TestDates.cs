using System.Globalization;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Testing;

/// <summary>
/// Dates relative to a test app's clock, which starts at the real now (or at <c>PERHEVERKKO_TEST_CLOCK_START</c>, see
/// <see cref="TestApp.ClockStart"/>): a test that planned a meeting or a deadline on a fixed date would fail once real
/// time passed it. <see cref="NextYear"/> keeps a test's calendar as written (month and day, so also the season and
/// Finnish time's offset from UTC, and the order of its dates) one year ahead of the app's today, always in the future;
/// <see cref="OnOrAfter"/> keeps a weekday where the test depends on it.
/// </summary>
public static class TestDates
{
    /// <summary>The app's today in Finnish time.</summary>
    public static DateOnly Today(this TestApp app) => HelsinkiTime.Today(app.Clock);

    /// <summary>The year after the app's today: every day of it is in the future.</summary>
    public static int NextYear(this TestApp app) => app.Today().Year + 1;

    /// <summary>That day of <see cref="NextYear"/>.</summary>
    public static DateOnly NextYearOn(this TestApp app, int month, int day) => new(app.NextYear(), month, day);

    /// <summary>The first <paramref name="weekday"/> on or after the date (the date itself if it is one).</summary>
    public static DateOnly OnOrAfter(this DateOnly date, DayOfWeek weekday) => date.AddDays(((int)weekday - (int)date.DayOfWeek + 7) % 7);

    /// <summary>
    /// Sets the app's clock to 10 in Helsinki on the first Monday from 7 January next year and returns that day: the
    /// directory's tests plan their weekly schedules and expected days from it.
    /// </summary>
    public static DateOnly AtMondayNextYear(this TestApp app)
    {
        var monday = app.NextYearOn(1, 7).OnOrAfter(DayOfWeek.Monday);
        app.SetHelsinkiTime(monday, 10);
        return monday;
    }

    /// <summary>The UTC moment of a Finnish date and time (as an entry form reads them).</summary>
    public static DateTime HelsinkiUtc(this DateOnly date, int hour, int minute = 0) => HelsinkiTime.ToUtc(date, new TimeOnly(hour, minute));

    /// <summary>Sets the app's clock to a Finnish date and time; the clock only goes forward.</summary>
    public static void SetHelsinkiTime(this TestApp app, DateOnly date, int hour, int minute = 0) =>
        app.Clock.SetUtcNow(new DateTimeOffset(date.HelsinkiUtc(hour, minute), TimeSpan.Zero));

    /// <summary>The date as a form or the API takes it: 2027-01-12.</summary>
    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The date as the Finnish pages write it: 12.1.2027.</summary>
    public static string Finnish(this DateOnly date) => $"{date.Day}.{date.Month}.{date.Year}";
}

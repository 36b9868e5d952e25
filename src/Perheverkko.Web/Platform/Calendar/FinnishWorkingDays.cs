using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Perheverkko.Web.Platform.Calendar;

/// <summary>
/// Finnish working days: Monday to Friday except the public holidays that can fall on a weekday, computed for any
/// year (the Easter-based ones with the Gregorian computus), plus the days a region adds. Computed rather than listed
/// per year so that a deadline never silently stops honouring holidays when a hand-kept list runs out (decision 0028).
/// </summary>
/// <remarks>
/// The non-working days are Saturdays, Sundays, New Year's Day (1.1.), Epiphany (6.1.), Good Friday, Easter Monday,
/// May Day (1.5.), Ascension Day (Easter + 39 days), Midsummer Eve (the Friday of 19–25 June), Independence Day
/// (6.12.), Christmas Eve, Christmas Day and Boxing Day (24.–26.12.). Easter Sunday, Whit Sunday, Midsummer Day and
/// All Saints' Day always fall on a weekend and need no rule of their own. Christmas Eve and Midsummer Eve are not
/// public holidays by law but are days off under the collective agreements of the public sector, which is what the
/// network's workers follow. Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class FinnishWorkingDays
{
    /// <summary>The calendar with no regional additions.</summary>
    public static readonly FinnishWorkingDays Standard = new([]);

    /// <summary>The name <see cref="HolidaysOf"/> gives a day that a region added.</summary>
    public const string RegionalDayOffName = "Alueen lisävapaapäivä";

    private readonly FrozenSet<DateOnly> extraDaysOff;
    private readonly ConcurrentDictionary<int, FrozenDictionary<DateOnly, string>> holidaysByYear = new();

    public FinnishWorkingDays(IEnumerable<DateOnly> extraDaysOff)
    {
        ArgumentNullException.ThrowIfNull(extraDaysOff);
        this.extraDaysOff = extraDaysOff.ToFrozenSet();
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Meeus/Jones/Butcher algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        if (year is < 1583 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "The Gregorian computus applies from 1583.");
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Midsummer Eve (juhannusaatto): the Friday between 19 and 25 June.</summary>
    public static DateOnly MidsummerEve(int year)
    {
        var june19 = new DateOnly(year, 6, 19);
        return june19.AddDays(((int)DayOfWeek.Friday - (int)june19.DayOfWeek + 7) % 7);
    }

    /// <summary>
    /// The public holidays of a year that can fall on a weekday, and the region's extra days off in that year, with
    /// their Finnish names, in date order (a holiday that falls on a weekend is listed too; plain weekends are not).
    /// </summary>
    public IEnumerable<(DateOnly Day, string Name)> HolidaysOf(int year) =>
        HolidayTable(year).OrderBy(h => h.Key).Select(h => (h.Key, h.Value));

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidayTable(day.Year).ContainsKey(day);

    /// <summary>The day itself when it is a working day, else the first working day after it.</summary>
    public DateOnly NextWorkingDayFrom(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>
    /// The due day of something that must be done within <paramref name="workingDays"/> working days of
    /// <paramref name="received"/>: the <paramref name="workingDays"/>-th working day after the day it was received.
    /// Something received on a day off counts as received on the next working day. So with two working days a
    /// contact received on Friday is due on Tuesday, one received on Saturday or Sunday (or on Monday) on Wednesday,
    /// and one received on Maundy Thursday on the Wednesday after Easter. With zero it is due on the day it was
    /// received (the next working day if received on a day off). The due day is always a working day; the deadline is
    /// met by anything done on or before it (compare dates, in Finnish time: <see cref="HelsinkiTime.DateOf"/>).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly received, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = NextWorkingDayFrom(received);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>
    /// How many working days passed from <paramref name="from"/> to <paramref name="to"/>: the working days after
    /// the first working day on or after <paramref name="from"/>, up to and including <paramref name="to"/> — the
    /// inverse of <see cref="AddWorkingDays"/>, so <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. A
    /// contact answered on the day it was received took 0 days, one received on Saturday and answered on Monday
    /// also 0, one received on Friday and answered on Monday 1. Non-working days at the end add nothing (received
    /// Friday, answered Saturday: 0). <paramref name="to"/> must not be before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentOutOfRangeException(nameof(to), to, "The end is before the start.");
        var count = 0;
        for (var day = NextWorkingDayFrom(from).AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    private FrozenDictionary<DateOnly, string> HolidayTable(int year) => holidaysByYear.GetOrAdd(year, y =>
    {
        var easter = EasterSunday(y);
        var days = new Dictionary<DateOnly, string>();
        foreach (var extra in extraDaysOff.Where(d => d.Year == y)) days[extra] = RegionalDayOffName;
        // The national names win where a region also listed a national holiday.
        days[new DateOnly(y, 1, 1)] = "Uudenvuodenpäivä";
        days[new DateOnly(y, 1, 6)] = "Loppiainen";
        days[easter.AddDays(-2)] = "Pitkäperjantai";
        days[easter.AddDays(1)] = "Toinen pääsiäispäivä";
        days[new DateOnly(y, 5, 1)] = "Vappu";
        days[easter.AddDays(39)] = "Helatorstai";
        days[MidsummerEve(y)] = "Juhannusaatto";
        days[new DateOnly(y, 12, 6)] = "Itsenäisyyspäivä";
        days[new DateOnly(y, 12, 24)] = "Jouluaatto";
        days[new DateOnly(y, 12, 25)] = "Joulupäivä";
        days[new DateOnly(y, 12, 26)] = "Tapaninpäivä";
        return days.ToFrozenDictionary();
    });
}

using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.UnitTests.Platform.Calendar;

public class FinnishWorkingDaysTests
{
    private static readonly FinnishWorkingDays Calendar = FinnishWorkingDays.Standard;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // A fixed table from the published Finnish calendar (almanakka), not computed: year, Easter Sunday, Ascension
    // Day, Midsummer Eve.
    public static TheoryData<int, string, string, string> MovableHolidays => new()
    {
        { 2024, "2024-03-31", "2024-05-09", "2024-06-21" },
        { 2025, "2025-04-20", "2025-05-29", "2025-06-20" },
        { 2026, "2026-04-05", "2026-05-14", "2026-06-19" },
        { 2027, "2027-03-28", "2027-05-06", "2027-06-25" },
        { 2028, "2028-04-16", "2028-05-25", "2028-06-23" },
        { 2029, "2029-04-01", "2029-05-10", "2029-06-22" },
        { 2030, "2030-04-21", "2030-05-30", "2030-06-21" },
    };

    [Theory, MemberData(nameof(MovableHolidays))]
    public void Easter_Ascension_and_Midsummer_Eve_match_the_calendar(int year, string easter, string ascension, string midsummerEve)
    {
        Assert.Equal(D(easter), FinnishWorkingDays.EasterSunday(year));
        Assert.Equal(D(midsummerEve), FinnishWorkingDays.MidsummerEve(year));

        var holidays = Calendar.HolidaysOf(year).ToDictionary(h => h.Day, h => h.Name);
        Assert.Equal("Pitkäperjantai", holidays[D(easter).AddDays(-2)]);
        Assert.Equal("Toinen pääsiäispäivä", holidays[D(easter).AddDays(1)]);
        Assert.Equal("Helatorstai", holidays[D(ascension)]);
        Assert.Equal("Juhannusaatto", holidays[D(midsummerEve)]);
        Assert.Equal(DayOfWeek.Friday, D(easter).AddDays(-2).DayOfWeek);
        Assert.Equal(DayOfWeek.Thursday, D(ascension).DayOfWeek);
        Assert.Equal(DayOfWeek.Friday, D(midsummerEve).DayOfWeek);
        Assert.False(Calendar.IsWorkingDay(D(easter).AddDays(-2)));
        Assert.False(Calendar.IsWorkingDay(D(easter).AddDays(1)));
        Assert.False(Calendar.IsWorkingDay(D(ascension)));
        Assert.False(Calendar.IsWorkingDay(D(midsummerEve)));
        Assert.True(Calendar.IsWorkingDay(D(easter).AddDays(-3))); // Maundy Thursday is a working day
        Assert.True(Calendar.IsWorkingDay(D(easter).AddDays(2)));  // and so is the Tuesday after Easter
        Assert.True(Calendar.IsWorkingDay(D(midsummerEve).AddDays(-1)));
    }

    [Fact]
    public void A_year_has_the_twelve_holidays_with_their_Finnish_names_in_date_order()
    {
        var holidays = Calendar.HolidaysOf(2026).ToList();

        Assert.Equal(
            [
                (D("2026-01-01"), "Uudenvuodenpäivä"), (D("2026-01-06"), "Loppiainen"), (D("2026-04-03"), "Pitkäperjantai"),
                (D("2026-04-06"), "Toinen pääsiäispäivä"), (D("2026-05-01"), "Vappu"), (D("2026-05-14"), "Helatorstai"),
                (D("2026-06-19"), "Juhannusaatto"), (D("2026-12-06"), "Itsenäisyyspäivä"), (D("2026-12-24"), "Jouluaatto"),
                (D("2026-12-25"), "Joulupäivä"), (D("2026-12-26"), "Tapaninpäivä"),
            ],
            holidays);
    }

    [Fact]
    public void Every_year_has_the_fixed_holidays_off_and_the_working_days_count_matches_the_calendar()
    {
        for (var year = 2024; year <= 2030; year++)
        {
            foreach (var (month, day) in new[] { (1, 1), (1, 6), (5, 1), (12, 6), (12, 24), (12, 25), (12, 26) })
                Assert.False(Calendar.IsWorkingDay(new DateOnly(year, month, day)), $"{day}.{month}.{year}");
        }
        // Working days a year, counted by hand from the calendar: weekdays less the holidays that fall on a weekday
        // (2024: 262 − 10, 2025: 261 − 10, 2026: 261 − 9). Each start is a working day, so the count is the year's.
        Assert.Equal(252, Calendar.WorkingDaysBetween(D("2023-12-29"), D("2024-12-31")));
        Assert.Equal(251, Calendar.WorkingDaysBetween(D("2024-12-31"), D("2025-12-31")));
        Assert.Equal(252, Calendar.WorkingDaysBetween(D("2025-12-31"), D("2026-12-31")));
    }

    [Fact]
    public void Weekends_are_not_working_days_and_ordinary_weekdays_are()
    {
        Assert.False(Calendar.IsWorkingDay(D("2026-03-07"))); // Saturday
        Assert.False(Calendar.IsWorkingDay(D("2026-03-08"))); // Sunday
        Assert.True(Calendar.IsWorkingDay(D("2026-03-09")));  // Monday
        Assert.True(Calendar.IsWorkingDay(D("2026-03-13")));  // Friday
    }

    // Received on, working days, due on.
    public static TheoryData<string, int, string> DueDays => new()
    {
        { "2026-03-13", 2, "2026-03-17" }, // Friday → Tuesday
        { "2026-03-14", 2, "2026-03-18" }, // Saturday counts from Monday → Wednesday
        { "2026-03-15", 2, "2026-03-18" }, // Sunday likewise
        { "2026-03-16", 2, "2026-03-18" }, // Monday → Wednesday
        { "2026-03-16", 0, "2026-03-16" }, // zero: the same day
        { "2026-03-14", 0, "2026-03-16" }, // zero on a Saturday: the next working day
        { "2026-03-16", 1, "2026-03-17" },
        { "2026-03-16", 5, "2026-03-23" }, // a working week
        // Easter 2026 (Good Friday 3.4., Easter Monday 6.4.)
        { "2026-04-01", 2, "2026-04-07" }, // Wednesday → Thursday, then Tuesday after Easter
        { "2026-04-02", 2, "2026-04-08" }, // Maundy Thursday → Wednesday after Easter
        { "2026-04-03", 2, "2026-04-09" }, // received on Good Friday: counts from Tuesday
        { "2026-04-06", 1, "2026-04-08" }, // Easter Monday
        // Easter 2027 straddles March and April (Good Friday 26.3., Easter Monday 29.3.)
        { "2027-03-25", 2, "2027-03-31" },
        // Ascension Day 2026 (Thursday 14.5.)
        { "2026-05-13", 2, "2026-05-18" },
        // Midsummer 2026 (Eve Friday 19.6.)
        { "2026-06-18", 2, "2026-06-23" }, // Thursday → Monday, Tuesday
        { "2026-06-17", 2, "2026-06-22" },
        { "2026-06-19", 1, "2026-06-23" }, // received on Midsummer Eve
        // Midsummer 2027 (Eve Friday 25.6.)
        { "2027-06-24", 2, "2027-06-29" },
        // Christmas 2026: Thursday 24.12., Friday 25.12., Saturday 26.12.
        { "2026-12-22", 2, "2026-12-28" }, // Tuesday → Wednesday 23., then Monday 28.
        { "2026-12-23", 2, "2026-12-29" },
        { "2026-12-23", 4, "2026-12-31" },
        { "2026-12-30", 2, "2027-01-04" }, // over New Year (Friday 1.1.2027) into the new year
        // Christmas 2024: Tuesday 24. – Thursday 26.12., then New Year's Day and Epiphany 2025 (Monday)
        { "2024-12-20", 2, "2024-12-27" }, // Friday → Monday 23., Friday 27.
        { "2024-12-31", 2, "2025-01-03" },
        { "2025-01-03", 1, "2025-01-07" }, // Friday → Epiphany Monday is off → Tuesday
        // Independence Day 2024 (Friday) and May Day 2026 (Friday)
        { "2024-12-05", 1, "2024-12-09" },
        { "2026-04-30", 1, "2026-05-04" },
    };

    [Theory, MemberData(nameof(DueDays))]
    public void A_first_answer_is_due_the_nth_working_day_after_the_contact_was_received(string received, int workingDays, string due)
    {
        Assert.Equal(D(due), Calendar.AddWorkingDays(D(received), workingDays));
        Assert.True(Calendar.IsWorkingDay(D(due)));
        Assert.Equal(workingDays, Calendar.WorkingDaysBetween(D(received), D(due)));
    }

    [Fact]
    public void Working_days_between_counts_after_the_first_working_day_up_to_and_including_the_end()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2026-03-16"), D("2026-03-16"))); // answered the same day
        Assert.Equal(1, Calendar.WorkingDaysBetween(D("2026-03-13"), D("2026-03-16"))); // Friday → Monday
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2026-03-14"), D("2026-03-16"))); // Saturday → Monday
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2026-03-13"), D("2026-03-14"))); // Friday → Saturday
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2026-03-14"), D("2026-03-15"))); // within a weekend
        Assert.Equal(1, Calendar.WorkingDaysBetween(D("2026-04-02"), D("2026-04-07"))); // across Easter
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(D("2026-03-16"), D("2026-03-13")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2026-03-16"), -1));
    }

    [Fact]
    public void Adding_and_counting_agree_on_every_day_of_several_years()
    {
        for (var day = D("2024-01-01"); day <= D("2030-12-31"); day = day.AddDays(1))
        {
            foreach (var n in new[] { 0, 1, 2, 3, 10 })
            {
                var due = Calendar.AddWorkingDays(day, n);
                Assert.Equal(n, Calendar.WorkingDaysBetween(day, due));
                Assert.True(Calendar.IsWorkingDay(due));
                // The day before the due day is not yet n working days (the due day is the first that is).
                if (due.AddDays(-1) >= day) Assert.True(Calendar.WorkingDaysBetween(day, due.AddDays(-1)) < n || n == 0);
            }
        }
    }

    [Fact]
    public void A_region_adds_its_own_days_off()
    {
        // A fictional regional day off: the Monday after Midsummer 2026.
        var region = new FinnishWorkingDays([D("2026-06-22")]);

        Assert.True(Calendar.IsWorkingDay(D("2026-06-22")));
        Assert.False(region.IsWorkingDay(D("2026-06-22")));
        Assert.Equal(D("2026-06-24"), region.AddWorkingDays(D("2026-06-18"), 2)); // Thursday → Tuesday, Wednesday
        Assert.Contains((D("2026-06-22"), FinnishWorkingDays.RegionalDayOffName), region.HolidaysOf(2026));
        Assert.DoesNotContain(region.HolidaysOf(2027), h => h.Name == FinnishWorkingDays.RegionalDayOffName);

        // A national holiday listed again by the region keeps its national name and is listed once.
        var twice = new FinnishWorkingDays([D("2026-12-24")]);
        Assert.Single(twice.HolidaysOf(2026), h => h.Day == D("2026-12-24"));
        Assert.Contains((D("2026-12-24"), "Jouluaatto"), twice.HolidaysOf(2026));
    }

    [Fact]
    public void The_computus_matches_known_Easters_far_from_today()
    {
        Assert.Equal(D("1818-03-22"), FinnishWorkingDays.EasterSunday(1818)); // the earliest possible date
        Assert.Equal(D("1943-04-25"), FinnishWorkingDays.EasterSunday(1943)); // the latest possible date
        Assert.Equal(D("2038-04-25"), FinnishWorkingDays.EasterSunday(2038));
        Assert.Equal(D("2285-03-22"), FinnishWorkingDays.EasterSunday(2285));
        Assert.Equal(D("2000-04-23"), FinnishWorkingDays.EasterSunday(2000));
    }
}

using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Regions;

/// <summary>
/// A wellbeing services county's area (hyvinvointialue), such as Etelä-Savo: one family-centre network and one tenant
/// of the deployment. Its records are its own (<see cref="Platform.Tenancy.IRegionOwned"/>); its terms are data.
/// </summary>
public sealed class Region
{
    private Region() { }
    public Region(Guid id, string slug, LocalizedText name, RegionTerms terms, DateTime now)
    { Id = id; Slug = slug; Name = name; Terms = terms; Version = 1; CreatedAt = now; UpdatedAt = now; }

    public Guid Id { get; private set; }
    /// <summary>The region in addresses: <c>/r/etela-savo/…</c>.</summary>
    public string Slug { get; private set; } = "";
    public LocalizedText Name { get; private set; } = new("");
    public RegionTerms Terms { get; private set; } = RegionTerms.SouthSavo;
    /// <summary>Incremented on every change; a form or API call that carries an older one is refused.</summary>
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>New terms apply from now on: what was decided under the old ones (a notice's end day, a group's quorum) stays.</summary>
    public void ChangeTerms(int expectedVersion, RegionTerms terms, DateTime now)
    {
        RuleCheck.That(expectedVersion == Version, RegionRules.Stale);
        terms.Check();
        Terms = terms;
        Version++;
        UpdatedAt = now;
    }
}

/// <summary>
/// What one region's cooperation agreement fixes and another may set differently. South Savo's values (001) are the seed.
/// </summary>
/// <param name="NoticeDeadlineMonth">Notice given by this day (month and day) ends the agreement in the same year (001 §21: 30 June).</param>
/// <param name="EndMonth">The day of the year the agreement then ends for the party (001 §21: 31 December).</param>
/// <param name="LeadershipMeetingsPerYear">The leadership group's meeting rhythm: meetings a year (001 §8: monthly).</param>
/// <param name="DefaultQuorum">The quorum a new group starts with.</param>
/// <param name="DefaultMinutesApproval">How a new group's minutes are approved.</param>
/// <param name="SigningReminderDays">Days after the last signing link or reminder before an unsigned signatory is reminded again.</param>
/// <param name="Languages">The languages the region works in, comma-separated ("fi,sv,en"), Finnish first.</param>
public sealed record RegionTerms(
    int NoticeDeadlineMonth, int NoticeDeadlineDay, int EndMonth, int EndDay,
    int LeadershipMeetingsPerYear, QuorumThreshold DefaultQuorum, MinutesApproval DefaultMinutesApproval,
    int SigningReminderDays, string Languages)
{
    public static readonly string[] KnownLanguages = ["fi", "sv", "en"];

    /// <summary>South Savo's terms (001 §8, §21; the minutes approved by the chair; a weekly reminder; Finnish, Swedish and English).</summary>
    public static RegionTerms SouthSavo { get; } = new(6, 30, 12, 31, 12, QuorumThreshold.MoreThanHalf, MinutesApproval.ByChair, 7, "fi,sv,en");

    public IReadOnlyList<string> LanguageList => Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The day a party's participation ends when it gives notice on <paramref name="noticeDay"/> (Helsinki date).</summary>
    public DateOnly NoticeEndDate(DateOnly noticeDay)
    {
        var deadline = new DateOnly(noticeDay.Year, NoticeDeadlineMonth, Math.Min(NoticeDeadlineDay, DateTime.DaysInMonth(noticeDay.Year, NoticeDeadlineMonth)));
        var year = noticeDay <= deadline ? noticeDay.Year : noticeDay.Year + 1;
        var end = new DateOnly(year, EndMonth, Math.Min(EndDay, DateTime.DaysInMonth(year, EndMonth)));
        // An end day before the deadline would end the agreement before the notice was given: then it is the next year's.
        return end < noticeDay ? end.AddYears(1) : end;
    }

    public void Check()
    {
        // A leap year's month lengths: 29 February is a day of the year (in a common year it is the last day of February).
        RuleCheck.That(NoticeDeadlineMonth is >= 1 and <= 12 && NoticeDeadlineDay >= 1 && NoticeDeadlineDay <= DateTime.DaysInMonth(2024, NoticeDeadlineMonth),
            RegionRules.DayInvalid);
        RuleCheck.That(EndMonth is >= 1 and <= 12 && EndDay >= 1 && EndDay <= DateTime.DaysInMonth(2024, EndMonth), RegionRules.EndDayInvalid);
        RuleCheck.That(LeadershipMeetingsPerYear is >= 1 and <= Group.MaxMeetingsPerYear, RegionRules.RhythmInvalid);
        RuleCheck.That(SigningReminderDays is >= 1 and <= 90, RegionRules.ReminderInvalid);
        var languages = LanguageList;
        RuleCheck.That(languages.Count > 0 && languages[0] == "fi" && languages.All(KnownLanguages.Contains) && languages.Distinct().Count() == languages.Count,
            RegionRules.LanguagesInvalid);
    }
}

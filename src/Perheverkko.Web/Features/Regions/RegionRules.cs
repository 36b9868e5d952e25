using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Regions;

/// <summary>The region rules, each with its stable code and message, declared once.</summary>
public static class RegionRules
{
    public static readonly Rule Stale = new("region.stale", "The region's terms were changed by someone else after you opened them. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule DayInvalid = new("region.day_invalid", "The notice deadline must be a day of the year (month 1–12 and a day of that month).", Field: "noticeDeadlineDay");
    public static readonly Rule EndDayInvalid = new("region.end_day_invalid", "The end day must be a day of the year (month 1–12 and a day of that month).", Field: "endDay");
    public static readonly Rule RhythmInvalid = new("region.rhythm_invalid", "The leadership group meets 1–12 times a year.", Field: "leadershipMeetingsPerYear");
    public static readonly Rule ReminderInvalid = new("region.reminder_invalid", "Signing reminders go every 1–90 days.", Field: "signingReminderDays");
    public static readonly Rule LanguagesInvalid = new("region.languages_invalid", "The languages are fi, sv and en, Finnish first, each once.", Field: "languages");
    public static readonly Rule SlugTaken = new("region.slug_taken", "Another region already has this short name.", RuleKind.Conflict, "slug");
    public static readonly Rule MunicipalityCodeTaken = new("region.municipality_code_taken",
        "A municipality with this code already exists (each code belongs to one municipality of one region).", RuleKind.Conflict, "municipalities");
}

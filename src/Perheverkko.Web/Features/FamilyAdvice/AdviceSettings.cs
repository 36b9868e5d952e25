using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// A region's Perheneuvo: the one number and its hours (003 §3.4: "yksi numero ja sähköinen yhteydenotto"), the urgent
/// numbers the form shows beside 112, the response time, how long contacts are kept, the days off besides the Finnish
/// public holidays, and the data controller (the administering party, 001 §19; the wellbeing county by default).
/// </summary>
public sealed class AdviceSettings : IRegionOwned
{
    public const int DefaultFirstAnswerWorkingDays = 2;
    public const int DefaultRetentionMonths = 6;

    private AdviceSettings() { }
    public AdviceSettings(Guid regionId, Guid? dataControllerId, DateTime now)
    {
        RegionId = regionId; DataControllerId = dataControllerId; FirstAnswerWorkingDays = DefaultFirstAnswerWorkingDays;
        RetentionMonths = DefaultRetentionMonths; Version = 1; UpdatedAt = now;
    }

    public Guid RegionId { get; private set; }
    /// <summary>Perheneuvo's one phone number; null until the region sets it.</summary>
    public string? Phone { get; private set; }
    /// <summary>When the phone is answered, as text ("ma–to klo 9–15").</summary>
    public LocalizedText PhoneHours { get; private set; } = new("");
    /// <summary>The region's urgent numbers besides 112 (social and crisis emergency, the crisis line), as text.</summary>
    public LocalizedText UrgentNumbers { get; private set; } = new("");
    public int FirstAnswerWorkingDays { get; private set; }
    /// <summary>Months after closing before the content of a contact is deleted.</summary>
    public int RetentionMonths { get; private set; }
    /// <summary>Extra days off besides weekends and public holidays, ISO dates separated by commas.</summary>
    public string ExtraDaysOff { get; private set; } = "";
    /// <summary>The organisation that is the data controller of the contacts (001 §19: the administering party).</summary>
    public Guid? DataControllerId { get; private set; }
    public int Version { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<DateOnly> ExtraDaysOffList =>
        ExtraDaysOff.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToList();

    public void Change(int expectedVersion, AdviceSettingsDetails details, DateTime now)
    {
        RuleCheck.That(expectedVersion == Version, FamilyAdviceRules.SettingsStale);
        RuleCheck.That(details.FirstAnswerWorkingDays is >= 1 and <= 20, FamilyAdviceRules.ResponseDaysInvalid);
        RuleCheck.That(details.RetentionMonths is >= 1 and <= 60, FamilyAdviceRules.RetentionInvalid);
        Phone = details.Phone; PhoneHours = details.PhoneHours; UrgentNumbers = details.UrgentNumbers;
        FirstAnswerWorkingDays = details.FirstAnswerWorkingDays; RetentionMonths = details.RetentionMonths;
        ExtraDaysOff = string.Join(',', details.ExtraDaysOff.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd")));
        DataControllerId = details.DataControllerId;
        Version++;
        UpdatedAt = now;
    }
}

public sealed record AdviceSettingsDetails(string? Phone, LocalizedText PhoneHours, LocalizedText UrgentNumbers, int FirstAnswerWorkingDays,
    int RetentionMonths, IReadOnlyList<DateOnly> ExtraDaysOff, Guid? DataControllerId);

using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// An organisation's own workforce guideline: how often a check is asked again, whether its volunteers in tasks alone
/// with children are checked (148/2014 leaves it to the organisation), how early lapses are told, and how long briefing
/// and insurance dates are kept after a person stops. An organisation without a row has <see cref="Defaults"/>.
/// </summary>
public sealed class WorkforceSettings : IRegionOwned
{
    public const int DefaultReminderDays = 30;
    public const int DefaultRetentionMonths = 12;

    private WorkforceSettings() { }

    public static WorkforceSettings Defaults(Guid regionId, Guid organisationId) => new()
    {
        OrganisationId = organisationId, RegionId = regionId, ReminderDays = DefaultReminderDays, RetentionMonths = DefaultRetentionMonths,
    };

    /// <summary>The key: one row per organisation.</summary>
    public Guid OrganisationId { get; private set; }
    public Guid RegionId { get; private set; }
    /// <summary>Months after which a check is asked again; null: a check once shown holds while the person works here.</summary>
    public int? RecheckMonths { get; private set; }
    /// <summary>The organisation's guideline asks volunteers in tasks alone with children to show an extract (148/2014).</summary>
    public bool VolunteerCheckRequired { get; private set; }
    /// <summary>How many days before a requirement lapses the representatives are told.</summary>
    public int ReminderDays { get; private set; }
    /// <summary>Months after a person stops that their briefing and insurance dates are kept (then the person is deleted).</summary>
    public int RetentionMonths { get; private set; }
    public int Version { get; private set; }
    public DateTime? UpdatedAt { get; private set; }

    public void Change(int expectedVersion, int? recheckMonths, bool volunteerCheckRequired, int reminderDays, int retentionMonths, DateTime now)
    {
        RuleCheck.That(expectedVersion == Version, WorkforceRules.SettingsStale);
        RuleCheck.That(recheckMonths is null or >= 1 and <= 120, WorkforceRules.RecheckInvalid);
        RuleCheck.That(reminderDays is >= 1 and <= 180, WorkforceRules.ReminderDaysInvalid);
        RuleCheck.That(retentionMonths is >= 0 and <= 60, WorkforceRules.RetentionInvalid);
        RecheckMonths = recheckMonths; VolunteerCheckRequired = volunteerCheckRequired; ReminderDays = reminderDays; RetentionMonths = retentionMonths;
        Version++;
        UpdatedAt = now;
    }
}

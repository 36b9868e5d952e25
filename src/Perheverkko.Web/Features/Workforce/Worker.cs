using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Workforce;

public enum WorkerKind
{
    /// <summary>Employed by the organisation: law 504/2002 applies to tasks it covers.</summary>
    Employee,
    /// <summary>A volunteer of the organisation: law 148/2014 and 001 §17 (briefing, support, insurance).</summary>
    Volunteer,
}

/// <summary>
/// A person who works in the network's activities for one organisation, an employee or a volunteer (issue #16). Only
/// the organisation's own representatives see them. What Finnish law lets an organisation keep of a criminal-record
/// check is all that is kept: that an extract for work with children was shown, the person's name and the extract's
/// date (laws 504/2002 and 148/2014, as Oikeusrekisterikeskus states them) — never the extract, a copy or anything it says. Who checked is the audit row.
/// </summary>
public sealed class Worker : IRegionOwned
{
    public const int NameMaxLength = 200;
    /// <summary>An extract is valid for six months from its date (504/2002, 148/2014).</summary>
    public const int ExtractValidMonths = 6;

    private Worker() { }

    public Worker(Guid id, Guid regionId, Guid organisationId, string name, string? workEmail, WorkerKind kind, DateTime now)
    {
        Id = id; RegionId = regionId; OrganisationId = organisationId; Name = name; WorkEmail = workEmail; Kind = kind;
        CreatedAt = now; UpdatedAt = now; Version = 1;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Optional, for the organisation's own contact; never an audience for bulk mail of other organisations.</summary>
    public string? WorkEmail { get; private set; }
    public WorkerKind Kind { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>The day the person stopped working in the network's activities; the check fact goes at once, the rest after the retention period.</summary>
    public DateOnly? LeftOn { get; private set; }

    /// <summary>The day the extract for work with children was shown to the organisation (null: no check recorded).</summary>
    public DateOnly? CheckShownOn { get; private set; }
    /// <summary>The extract's own date, as printed on it.</summary>
    public DateOnly? CheckExtractDate { get; private set; }
    /// <summary>A volunteer consented to the check (148/2014: the organiser asks for the extract with the volunteer's consent); always false for an employee, whose check the law requires.</summary>
    public bool CheckConsentGiven { get; private set; }

    /// <summary>A volunteer: the day the ethical principles were gone through with them (001 §17).</summary>
    public DateOnly? BriefedOn { get; private set; }
    /// <summary>Who went through them (a name as the organisation writes it).</summary>
    public string? BriefedBy { get; private set; }
    /// <summary>A volunteer's named support person: an employee of the same organisation (001 §17).</summary>
    public Guid? SupportPersonId { get; private set; }
    /// <summary>The organisation's policy under which the volunteer acts (001 §17, §20).</summary>
    public Guid? InsurancePolicyId { get; private set; }

    public bool HasLeft(DateOnly today) => LeftOn is { } left && left <= today;
    public bool HasCheck => CheckShownOn is not null;

    public void Rename(int expectedVersion, string name, string? workEmail, DateTime now)
    {
        BeginChange(expectedVersion);
        Name = name; WorkEmail = workEmail;
        Changed(now);
    }

    /// <summary>
    /// Records that an extract for work with children was shown. Refused when the extract is dated after the day shown or
    /// more than six months before it: shown on the same day of the month six months later is accepted, the next day not;
    /// a month end clamps (an extract of 31 August is good until the last day of February).
    /// </summary>
    public void RecordCheck(int expectedVersion, DateOnly extractDate, DateOnly shownOn, bool consent, bool volunteerCheckRequired, DateOnly today, DateTime now)
    {
        BeginChange(expectedVersion);
        RuleCheck.That(shownOn <= today, WorkforceRules.DateInFuture with { Field = "shownOn" });
        RuleCheck.That(extractDate <= shownOn, WorkforceRules.ExtractAfterShown);
        RuleCheck.That(IsExtractFresh(extractDate, shownOn), WorkforceRules.ExtractTooOld);
        if (Kind == WorkerKind.Volunteer)
        {
            RuleCheck.That(volunteerCheckRequired, WorkforceRules.VolunteerCheckNotRequired);
            RuleCheck.That(consent, WorkforceRules.ConsentRequired);
        }
        CheckExtractDate = extractDate; CheckShownOn = shownOn; CheckConsentGiven = Kind == WorkerKind.Volunteer && consent;
        Changed(now);
    }

    public static bool IsExtractFresh(DateOnly extractDate, DateOnly shownOn) => shownOn <= extractDate.AddMonths(ExtractValidMonths);

    /// <summary>When the check is due again under the organisation's re-check interval (null: never).</summary>
    public DateOnly? CheckDueOn(int? recheckMonths) => CheckShownOn is { } shown && recheckMonths is { } months ? shown.AddMonths(months) : null;

    public void RecordBriefing(int expectedVersion, DateOnly briefedOn, string briefedBy, DateOnly today, DateTime now)
    {
        BeginChange(expectedVersion);
        RuleCheck.That(Kind == WorkerKind.Volunteer, WorkforceRules.NotVolunteer);
        RuleCheck.That(briefedOn <= today, WorkforceRules.DateInFuture with { Field = "briefedOn" });
        BriefedOn = briefedOn; BriefedBy = briefedBy;
        Changed(now);
    }

    /// <param name="supportPerson">The named support person, loaded by the caller (null clears it).</param>
    public void SetSupport(int expectedVersion, Worker? supportPerson, InsurancePolicy? policy, DateTime now)
    {
        BeginChange(expectedVersion);
        RuleCheck.That(Kind == WorkerKind.Volunteer, WorkforceRules.NotVolunteer);
        RuleCheck.That(supportPerson is null || (supportPerson.OrganisationId == OrganisationId && supportPerson.Kind == WorkerKind.Employee
                                                 && supportPerson.Id != Id && supportPerson.LeftOn is null), WorkforceRules.SupportPersonInvalid);
        RuleCheck.That(policy is null || policy.OrganisationId == OrganisationId, WorkforceRules.PolicyNotFound);
        SupportPersonId = supportPerson?.Id; InsurancePolicyId = policy?.Id;
        Changed(now);
    }

    /// <summary>The person stops working in the network's activities: the check fact is deleted at once (issue #16 item 7).</summary>
    public void Leave(int expectedVersion, DateOnly leftOn, DateTime now)
    {
        BeginChange(expectedVersion);
        LeftOn = leftOn;
        ForgetCheck();
        Changed(now);
    }

    private void ForgetCheck()
    {
        CheckShownOn = null; CheckExtractDate = null; CheckConsentGiven = false;
    }

    private void BeginChange(int expectedVersion)
    {
        RuleCheck.That(expectedVersion == Version, WorkforceRules.Stale);
        RuleCheck.That(LeftOn is null, WorkforceRules.WorkerLeft);
    }

    private void Changed(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }
}

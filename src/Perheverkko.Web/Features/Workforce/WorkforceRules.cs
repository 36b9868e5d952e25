using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>The workforce rules (issue #16), each with its stable code and message, declared once.</summary>
public static class WorkforceRules
{
    /// <summary>A person of another organisation reads the same as one that does not exist.</summary>
    public static readonly Rule WorkerNotFound = new("workforce.worker_not_found", "No such person.", RuleKind.NotFound);
    public static readonly Rule PolicyNotFound = new("workforce.policy_not_found", "Choose an insurance policy of the organisation.", Field: "insurancePolicyId");
    public static readonly Rule ActivityNotFound = new("workforce.activity_not_found", "No such activity.", RuleKind.NotFound);
    public static readonly Rule Stale = new("workforce.stale", "Someone else changed the person after you opened them. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule SettingsStale = new("workforce.settings_stale", "Someone else changed the settings after you opened them. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule WorkerLeft = new("workforce.worker_left", "The person no longer works in the network's activities.", RuleKind.Conflict);
    public static readonly Rule DateInFuture = new("workforce.date_in_future", "The date cannot be in the future.");
    /// <summary>Law 504/2002: the extract is dated before it is shown.</summary>
    public static readonly Rule ExtractAfterShown = new("workforce.extract_after_shown", "The extract cannot be dated after the day it was shown.", Field: "extractDate");
    /// <summary>Law 504/2002: an extract shown more than six months after its date is too old.</summary>
    public static readonly Rule ExtractTooOld = new("workforce.extract_too_old", "The extract is more than six months old on the day it was shown; ask for a new one.", Field: "extractDate");
    /// <summary>Law 148/2014: a volunteer's extract is asked with the volunteer's consent, and only where the organisation's guideline requires it.</summary>
    public static readonly Rule VolunteerCheckNotRequired = new("workforce.volunteer_check_not_required", "The organisation's guideline does not require a check for volunteers; nothing is recorded.", RuleKind.Conflict);
    public static readonly Rule ConsentRequired = new("workforce.consent_required", "Record the volunteer's consent to the check.", Field: "consent");
    public static readonly Rule NotVolunteer = new("workforce.not_volunteer", "Briefing, support person and insurance are recorded for volunteers.", RuleKind.Conflict);
    public static readonly Rule SupportPersonInvalid = new("workforce.support_person_invalid", "The support person is an employee of the same organisation.", Field: "supportPersonId");
    public static readonly Rule PolicyNumberTaken = new("workforce.policy_number_taken", "The organisation already has a policy with this number.", RuleKind.Conflict, "policyNumber");
    public static readonly Rule PolicyInUse = new("workforce.policy_in_use", "Volunteers act under this policy; move them to another policy first.", RuleKind.Conflict);
    /// <summary>An activity's people are the responsible party's and the co-organisers' own (001 §15).</summary>
    public static readonly Rule WorkerNotOfActivity = new("workforce.worker_not_of_activity", "Name people of the activity's responsible party or co-organisers, each by their own organisation.", Field: "workerId");
    public static readonly Rule AlreadyInActivity = new("workforce.already_in_activity", "The person already has a task in this activity.", RuleKind.Conflict, "workerId");
    public static readonly Rule NotInActivity = new("workforce.not_in_activity", "The person has no task in this activity.", RuleKind.NotFound);
    public static readonly Rule RecheckInvalid = new("workforce.recheck_invalid", "A re-check interval is 1–120 months, or none.", Field: "recheckMonths");
    public static readonly Rule ReminderDaysInvalid = new("workforce.reminder_days_invalid", "Reminders go 1–180 days before a requirement lapses.", Field: "reminderDays");
    public static readonly Rule RetentionInvalid = new("workforce.retention_invalid", "Briefing and insurance dates are kept 0–60 months after the person stops.", Field: "retentionMonths");
}

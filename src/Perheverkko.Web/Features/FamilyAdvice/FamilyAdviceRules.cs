using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>The Perheneuvo rules, each with its stable code and message, declared once.</summary>
public static class FamilyAdviceRules
{
    /// <summary>An unknown, revoked or expired answer link and a contact of no reach all read the same: not found.</summary>
    public static readonly Rule NotFound = new("advice.not_found", "No such contact.", RuleKind.NotFound);
    public static readonly Rule Stale = new("advice.stale", "Someone else changed the contact after you opened it. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule Closed = new("advice.closed", "The contact is closed.", RuleKind.Conflict);
    public static readonly Rule ContentDeleted = new("advice.content_deleted", "The contact's content has been deleted after the retention time.", RuleKind.Conflict);
    public static readonly Rule TransferToSameTeam = new("advice.transfer_same_team", "The contact is already in that team's queue.", Field: "municipalityId");
    public static readonly Rule LinkAlreadyRevoked = new("advice.link_revoked", "The family's answer link is already revoked.", RuleKind.Conflict);
    public static readonly Rule AlreadyMember = new("advice.already_member", "The person is already in the team.", RuleKind.Conflict, "userId");
    public static readonly Rule NotMember = new("advice.not_member", "The person is not in the team.", Field: "userId");
    public static readonly Rule TopicNotFound = new("advice.topic_not_found", "Choose a topic from the list.", Field: "topicId");
    public static readonly Rule MunicipalityNotFound = new("advice.municipality_not_found", "Choose a municipality of the region, or \"I don't know\".", Field: "municipalityId");
    public static readonly Rule EmailNeeded = new("advice.email_needed", "Give an e-mail address to be answered by e-mail.", Field: "email");
    public static readonly Rule PhoneNeeded = new("advice.phone_needed", "Give a phone number to be called back.", Field: "phone");
    public static readonly Rule SettingsStale = new("advice.settings_stale", "Someone else changed the settings after you opened them. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule ResponseDaysInvalid = new("advice.response_days_invalid", "The first answer is due in 1–20 working days.", Field: "firstAnswerWorkingDays");
    public static readonly Rule RetentionInvalid = new("advice.retention_invalid", "Contacts are kept 1–60 months after closing.", Field: "retentionMonths");
    public static readonly Rule WorkerNotInTeam = new("advice.worker_not_in_team", "Assign the contact to a member of its team.", Field: "userId");
    public static readonly Rule ReferralTargetNotFound = new("advice.referral_not_found", "Choose a published service or activity of the directory.", Field: "directoryEntryId");
    public static readonly Rule WorkerNotStaff = new("advice.worker_not_staff", "A team member is a staff account of the region.", Field: "userId");
    public static readonly Rule DataControllerNotFound = new("advice.data_controller_not_found", "Choose an organisation of the region as the data controller.", Field: "dataControllerId");
}

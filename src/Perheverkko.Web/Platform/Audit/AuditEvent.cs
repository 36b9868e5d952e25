using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Platform.Audit;

/// <summary>The one vocabulary of the audit trail: what happened, as a noun and a past verb.</summary>
public enum AuditEvent
{
    // Accounts and sign-in
    SignInSucceeded,
    SignInFailed,
    SignInLockedOut,
    SignedOut,
    TwoFactorEnabled,
    TwoFactorDisabled,
    UserCreated,
    AccessTokenCreated,
    AccessTokenRevoked,
    // Denied attempts of any action
    AccessDenied,
    // Organisations
    OrganisationCreated,
    OrganisationUpdated,
    ContactPersonAdded,
    ContactPersonRemoved,
    /// <summary>A staff read of contact persons (personal data).</summary>
    ContactPersonsRead,
    // Governance
    GroupCreated,
    MembershipAdded,
    MembershipEnded,
    GroupRoleAssigned,
    MeetingPlanned,
    MeetingRescheduled,
    MeetingCancelled,
    AgendaItemAdded,
    AgendaItemUpdated,
    AgendaItemRemoved,
    InvitationsSent,
    GroupQuorumSet,
    MeetingHeld,
    AttendanceRecorded,
    ItemMinutesRecorded,
    MinutesDrafted,
    /// <summary>The chair approved the minutes; they are locked and mailed from here on.</summary>
    MinutesApproved,
    /// <summary>Approved minutes corrected: a new version with its reason.</summary>
    MinutesCorrected,
    /// <summary>A staff read of a group's members (names and e-mail addresses).</summary>
    GroupMembersRead,
    /// <summary>A staff read of a meeting with who attended, who was absent and who deputised (names of people).</summary>
    MeetingAttendanceRead,
    /// <summary>A download of approved minutes: who was present, absent and deputising, by name.</summary>
    MinutesDocumentRead,
    // Agreement text and drafting
    AgreementDraftCreated,
    AgreementSectionAdded,
    AgreementSectionChanged,
    AgreementSectionRemoved,
    AgreementBackgroundDocumentsSet,
    AgreementCommentAdded,
    AgreementProcessingRecorded,
    /// <summary>A draft was frozen for decisions; the detail holds the SHA-256 of its canonical text.</summary>
    AgreementFrozen,
    AttachmentAdded,
    AttachmentRemoved,
    /// <summary>A member said they cannot come to a meeting; their deputy is told.</summary>
    AbsenceReported,
    AbsenceWithdrawn,
    GroupMinutesApprovalSet,
    /// <summary>A party recorded how its own organ handled a package for the parties' decision-making.</summary>
    OrganHandlingRecorded,
    CalendarFeedCreated,
    CalendarFeedRevoked,
    // Agreement signing
    PartyDecisionRecorded,
    DecisionAttachmentStored,
    SignatoriesNamed,
    AgreementSentForSigning,
    AgreementSigned,
    AgreementSigningRejected,
    AgreementEnteredIntoForce,
    PartyAdded,
    PartyLeft,
    NoticeGiven,
    NoticeWithdrawn,
    AgreementEnded,
    /// <summary>A staff read of the annex (contact persons' and signatories' personal data).</summary>
    AgreementAnnexRead,
    /// <summary>A staff read of who signed or is to sign (the dashboard, the signing page, the certificate).</summary>
    AgreementSignatoriesRead,
    SigningRemindersSent,
    // Directory
    MeetingPlaceCreated,
    MeetingPlaceUpdated,
    ServiceCreated,
    ServiceUpdated,
    ActivityCreated,
    ActivityUpdated,
    /// <summary>A directory entry published, archived or taken back to draft; the detail says which.</summary>
    DirectoryStateChanged,
    SearchIndexRebuilt,
    // Regions
    /// <summary>A national administrator added a region; the detail lists its municipalities.</summary>
    RegionAdded,
    /// <summary>A region's terms changed; the detail says what, before → after.</summary>
    RegionTermsChanged,
    // Perheneuvo (the families' contact channel)
    /// <summary>A family sent a contact through the public form (no actor: the family is anonymous to the audit trail).</summary>
    FamilyContactReceived,
    /// <summary>A worker recorded a contact that came by phone or at a meeting place.</summary>
    FamilyContactRecorded,
    /// <summary>A staff member read a contact's words and details (every read, issue #15 item 7).</summary>
    FamilyContactRead,
    FamilyContactAssigned,
    /// <summary>Moved to another municipality's team or the regional queue; the reason stays in the contact, sealed.</summary>
    FamilyContactTransferred,
    FamilyContactReplied,
    FamilyContactNoted,
    FamilyContactReferred,
    FamilyContactClosed,
    FamilyContactReopened,
    AnswerLinkRevoked,
    /// <summary>The retention job deleted contacts' content; the detail says how many, never whose.</summary>
    FamilyContactContentDeleted,
    AdviceSettingsChanged,
    AdviceTeamChanged,
    AdviceTopicsChanged,
    // Workforce (the people of the organisations in the network's activities)
    /// <summary>A representative read the organisation's people or one person's record (every read, issue #16 item 1).</summary>
    WorkersRead,
    WorkerAdded,
    WorkerChanged,
    /// <summary>That an extract for work with children was shown was recorded; who checked is this row's actor.</summary>
    CriminalRecordCheckRecorded,
    VolunteerBriefingRecorded,
    VolunteerSupportChanged,
    /// <summary>A person stopped working in the network's activities; their check fact was deleted at once.</summary>
    WorkerLeft,
    InsurancePolicyChanged,
    ActivityTasksChanged,
    WorkforceSettingsChanged,
    /// <summary>The representatives were told that requirements lapse; the detail counts them.</summary>
    WorkforceLapsesNotified,
    /// <summary>The retention job deleted leavers' records; the detail says how many, never whose.</summary>
    WorkersDeleted,
    // Communications
    AnnouncementSaved,
    AnnouncementWithdrawn,
    /// <summary>A bulletin was sent; the detail counts the recipients per audience, never their addresses.</summary>
    BulletinSent,
    BulletinUnsubscribed,
    MaterialSaved,
    MaterialRemoved,
    MaterialFolderChanged,
    // The year cycle
    ActionPlanSaved,
    ActionPlanCommented,
    /// <summary>The leadership group's processing of an action plan was recorded (linked to the meeting's decision).</summary>
    ActionPlanProcessed,
    ActionPlanPublished,
    YearClockChanged,
    MunicipalEvaluationSaved,
    MunicipalEvaluationSubmitted,
    FamilySurveyChanged,
    /// <summary>A staff read of the survey's free-text answers (families' own words).</summary>
    SurveyFreeTextRead,
    IndicatorsChanged,
    /// <summary>Indicator values were imported; the detail counts rows per indicator.</summary>
    IndicatorsImported,
    AnnualReportCompiled,
    AnnualReportApproved,
    AnnualReportPublished,
    AnnualReportSettingsChanged,
    /// <summary>The deletion after the annual report ran; the detail names each kind of data and how many rows went, never the content.</summary>
    YearEndDataDeleted,
    // The national service catalogue (PTV)
    /// <summary>An organisation's PTV organisation id or API user changed (never the password in the detail).</summary>
    PtvConnectionChanged,
    /// <summary>An import from PTV was applied; the detail counts what was created, updated and refused.</summary>
    PtvImportApplied,
    /// <summary>An entry was switched to be kept here or in PTV.</summary>
    DirectoryMasterChanged,
    PtvExportRequested,
    /// <summary>PTV answered an export (the job's act): accepted, or rejected with PTV's message.</summary>
    PtvExportAnswered,
    // Administration
    AuditTrailRead,
    OutboxRead,
    // Operations
    DatabaseMigrated,
    DatabaseSeeded,
    BackupCreated,
    DatabaseRestored,
    // Issue #12 item 1: evidence that cannot be forged or silently changed
    /// <summary>The sealed audit trail was verified (command line or audit page); the detail is the result, Failed when broken.</summary>
    AuditTrailVerified,
    // Accounts (issue #12 item 2)
    /// <summary>A password sign-in refused without checking the password: the address or the client is throttled for a while.</summary>
    SignInThrottled,
    /// <summary>A person changed their password; other sessions end.</summary>
    PasswordChanged,
    /// <summary>Someone asked for a password-reset link; the detail says whether the address has an account (the answer does not).</summary>
    PasswordResetRequested,
    /// <summary>A password was set through a reset link; the link is spent and other sessions end.</summary>
    PasswordResetCompleted,
    /// <summary>A person made new recovery codes; the old ones stop working.</summary>
    RecoveryCodesRegenerated,
    /// <summary>A sign-in used a recovery code instead of the authenticator app; the detail says how many are left.</summary>
    RecoveryCodeUsed,
    /// <summary>An access token that had no end date got one (the upgrade of issue #12).</summary>
    AccessTokenEndDateGiven,
    // Cross-site requests and input at binding (issue #12 items 3 and 6)
    /// <summary>A cookie-authenticated API write without a valid antiforgery token, or from another site, was refused; the detail says why.</summary>
    CrossSiteRequestRefused,
    // Confirming one's address (issue #13 item 1)
    /// <summary>A person asked for a link to confirm their account's address; it went to that address.</summary>
    EmailConfirmationRequested,
    /// <summary>A person confirmed their address with the link; the detail says how many people named by it became the account.</summary>
    EmailConfirmed,
    // The readable audit trail (issue #13 item 6)
    /// <summary>The audit trail was downloaded as CSV; the detail counts the rows and repeats the filter.</summary>
    AuditTrailExported,
}

public enum AuditOutcome
{
    Succeeded,
    Denied,
    Failed,
}

/// <summary>One row of the audit trail. Written once; the database refuses updates and deletes (see the migrations).</summary>
public sealed class AuditRecord : IRegionStamped
{
    private AuditRecord() { }

    public AuditRecord(DateTime occurredAt, Guid? actorId, string actorName, AuditEvent auditEvent, AuditOutcome outcome,
        string? objectType, string? objectId, string? detail, Guid? regionId)
    {
        RegionId = regionId; OccurredAt = occurredAt; ActorId = actorId; ActorName = actorName; Event = auditEvent; Outcome = outcome;
        ObjectType = objectType; ObjectId = objectId; Detail = detail;
    }

    public long Id { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; private set; }
    public Guid? ActorId { get; private set; }
    /// <summary>Kept with the row so the trail stays readable when an account is removed.</summary>
    public string ActorName { get; private set; } = "";
    public AuditEvent Event { get; private set; }
    public AuditOutcome Outcome { get; private set; }
    public string? ObjectType { get; private set; }
    public string? ObjectId { get; private set; }
    public string? Detail { get; private set; }
    /// <summary>The region the act belongs to (the actor's); null for a national administrator's or the system's acts.</summary>
    public Guid? RegionId { get; private set; }
}

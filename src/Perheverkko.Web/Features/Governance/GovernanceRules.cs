using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>The rules of groups, memberships and meetings, each with its stable code, declared once.</summary>
public static class GovernanceRules
{
    public static readonly Rule GroupNotFound = new("group.not_found", "No such group.", RuleKind.NotFound);
    public static readonly Rule SlugTaken = new("group.slug_taken", "Another group already has this short name.", RuleKind.Conflict, "slug");
    public static readonly Rule MembershipNotFound = new("membership.not_found", "No such membership in this group.", RuleKind.NotFound);
    public static readonly Rule DeputyOfSelf = new("membership.deputy_of_self", "A member cannot be their own deputy.", Field: "deputyForId");
    public static readonly Rule DeputyNeedsMember = new("membership.deputy_needs_member", "A deputy must be named for a member of the same group.", Field: "deputyForId");
    public static readonly Rule MemberHasNoDeputyFor = new("membership.member_has_no_deputy_for", "Only a deputy is named for a member.", Field: "deputyForId");
    public static readonly Rule EndsBeforeStarts = new("membership.ends_before_starts", "A membership cannot end before it starts.", Field: "to");
    public static readonly Rule AlreadyMember = new("membership.exists", "This person already has this role in the group for an overlapping time.", RuleKind.Conflict, "email");
    public static readonly Rule RoleTaken = new("group_role.taken", "Someone already holds this role in this group for this agreement period.", RuleKind.Conflict, "role");
    public static readonly Rule PeriodNotFound = new("group_role.period_not_found", "No such agreement period.", RuleKind.NotFound, "agreementVersionId");
    public static readonly Rule OrganisationNotFound = new("membership.organisation_not_found", "No such organisation.", RuleKind.NotFound, "organisationId");
    public static readonly Rule UserNotFound = new("membership.user_not_found", "No such staff account.", RuleKind.NotFound, "staffUserId");
    public static readonly Rule MeetingNotFound = new("meeting.not_found", "No such meeting.", RuleKind.NotFound);
    public static readonly Rule MeetingEndsBeforeStart = new("meeting.ends_before_start", "A meeting must end after it starts.", Field: "endTime");
    public static readonly Rule MeetingClosed = new("meeting.closed", "The meeting has been held or cancelled; it can no longer be changed this way.", RuleKind.Conflict);
    public static readonly Rule AgendaEmpty = new("meeting.agenda_empty", "The agenda has no items; add at least one before sending the invitation.");
    public static readonly Rule NoMembers = new("group.no_members", "The group has no current members or deputies to invite.");
    public static readonly Rule YearPlanned = new("meeting.year_planned", "The group already has meetings in this year.", RuleKind.Conflict, "year");
    public static readonly Rule MeetingNotInvited = new("meeting.not_invited", "Only a meeting whose invitation has been sent can be recorded as held.", RuleKind.Conflict);
    public static readonly Rule MeetingNotHeld = new("meeting.not_held", "Attendance and minutes are recorded once the meeting has been held.", RuleKind.Conflict);
    public static readonly Rule MinutesLocked = new("minutes.locked", "The minutes have been approved and are locked.", RuleKind.Conflict);
    public static readonly Rule MinutesNotApproved = new("minutes.not_approved", "Only approved minutes are corrected this way; until then, edit the draft.", RuleKind.Conflict);
    public static readonly Rule MinutesNotDrafted = new("minutes.not_drafted", "Draft the minutes before approving them.", RuleKind.Conflict);
    public static readonly Rule DecisionNumberTaken = new("minutes.decision_number_taken", "This decision number is already taken in the group for this year; draft the minutes again.", RuleKind.Conflict);
    public static readonly Rule NumberedDecisionRequired = new("minutes.numbered_decision_required", "This item already has a decision number, so its decision cannot be left empty.", Field: "decision");
    public static readonly Rule AttendanceNotAMember = new("attendance.not_a_member", "Attendance is recorded for the group's current members; others are guests.", Field: "members");
    public static readonly Rule AttendanceMemberTwice = new("attendance.member_twice", "Each member is recorded once.", Field: "members");
    public static readonly Rule AttendanceWrongDeputy = new("attendance.wrong_deputy", "Only the member's own deputy can attend in their place.", Field: "members");
    public static readonly Rule MeetingNotStarted = new("meeting.not_started", "A meeting cannot be recorded as held before it starts.", RuleKind.Conflict);
    public static readonly Rule MeetingStale = new("meeting.stale", "Someone else changed this meeting after you opened it. Reload the page and make your change again.", RuleKind.Conflict);
    public static readonly Rule AttachmentNotFound = new("attachment.not_found", "No such attachment.", RuleKind.NotFound);
    public static readonly Rule AttachmentTypeNotAllowed = new("attachment.type_not_allowed", "Only PDF, Word (.docx) and Excel (.xlsx) files can be attached, and the file's content must be of that type.", Field: "file");
    public static readonly Rule AttachmentTooLarge = new("attachment.too_large", "An attachment can be at most 20 MB.", Field: "file");
    public static readonly Rule AttachmentEmpty = new("attachment.empty", "Choose a file to attach.", Field: "file");
    public static readonly Rule AbsenceNotAMember = new("absence.not_a_member", "Only a current member of the group can say they cannot come; a deputy's absence needs no notice.", RuleKind.Conflict);
    public static readonly Rule AbsenceMeetingNotOpen = new("absence.meeting_not_open", "Absence can be reported for a meeting whose invitation has been sent and that has not yet been held.", RuleKind.Conflict);
    public static readonly Rule MinutesNotYetApproved = new("minutes.not_yet_approved", "The minutes are published as a PDF once they are approved.", RuleKind.Conflict);
    public static readonly Rule ApprovedAtNextMeeting = new("minutes.approved_at_next_meeting", "This group approves its minutes at its next meeting, not by the chair.", RuleKind.Conflict);
    public static readonly Rule ApprovedByChair = new("minutes.approved_by_chair", "This group's minutes are approved by the chair, not at the next meeting.", RuleKind.Conflict);
    public static readonly Rule NoPreviousDraft = new("minutes.no_previous_draft", "The group's previous meeting has no drafted minutes waiting for approval.", RuleKind.Conflict);
    public static readonly Rule PackageNotFound = new("package.not_found", "No such item for the parties' decision-making among approved minutes.", RuleKind.NotFound);
    public static readonly Rule HandledBeforeMeeting = new("package.handled_before_meeting", "The organ cannot have handled the item before the group's meeting.", Field: "handledOn");
    public static readonly Rule MeetingInPast = new("meeting.in_past", "A meeting cannot be planned at a time that has already passed.", Field: "date");
    public static readonly Rule YearPassed = new("meeting.year_passed", "Every meeting day of this year has already passed; plan single meetings instead.", Field: "year");
    public static readonly Rule MeetingStarted = new("meeting.started", "The meeting has already started, so invitations can no longer be sent.", RuleKind.Conflict);
    public static readonly Rule AgendaItemNotFound = new("agenda_item.not_found", "No such agenda item.", RuleKind.NotFound);
}

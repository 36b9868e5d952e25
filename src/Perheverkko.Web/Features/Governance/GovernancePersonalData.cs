using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The network's groups: their members, deputies and officers, who attended or reported an absence, the names in
/// agendas and minutes, and the staff's calendar feeds (the privacy notice, decision 0031).
/// </summary>
public sealed class GovernancePersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("group-members", [DataSubject.GroupMembers],
        [
            new(typeof(Membership), "Person.Name", "name"),
            new(typeof(Membership), "Person.Email", "email"),
            new(typeof(Membership), "Person.StaffUserId", "staff_reference"),
            new(typeof(Membership), nameof(Membership.OrganisationId), "organisation"),
            new(typeof(Membership), nameof(Membership.Role), "role"),
            new(typeof(Membership), nameof(Membership.DeputyForId), "role"),
            new(typeof(Membership), nameof(Membership.From), "times"),
            new(typeof(Membership), nameof(Membership.To), "times"),
            new(typeof(GroupRole), "Person.Name", "name"),
            new(typeof(GroupRole), "Person.Email", "email"),
            new(typeof(GroupRole), "Person.StaffUserId", "staff_reference"),
            new(typeof(GroupRole), nameof(GroupRole.Kind), "role"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
        new("meeting-attendance", [DataSubject.GroupMembers],
        [
            new(typeof(Attendance), nameof(Attendance.Name), "name"),
            new(typeof(Attendance), nameof(Attendance.DeputyName), "name"),
            new(typeof(Attendance), nameof(Attendance.Kind), "attendance"),
            new(typeof(AbsenceNotice), nameof(AbsenceNotice.MembershipId), "attendance"),
            new(typeof(AbsenceNotice), nameof(AbsenceNotice.DeclaredAt), "times"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
        new("meeting-records", [DataSubject.GroupMembers, DataSubject.Staff],
        [
            new(typeof(AgendaItem), nameof(AgendaItem.Preparer), "name"),
            new(typeof(Meeting), nameof(Meeting.MinutesApprovedBy), "recorded_by"),
            new(typeof(MinutesVersion), nameof(MinutesVersion.RecordedBy), "recorded_by"),
            new(typeof(AgendaAttachment), nameof(AgendaAttachment.UploadedBy), "recorded_by"),
            new(typeof(OrganHandling), nameof(OrganHandling.RecordedBy), "recorded_by"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
        new("calendar-feeds", [DataSubject.Staff],
        [
            new(typeof(CalendarFeed), nameof(CalendarFeed.StaffUserId), "staff_reference"),
            new(typeof(CalendarFeed), nameof(CalendarFeed.TokenHash), "access_tokens"),
            new(typeof(CalendarFeed), nameof(CalendarFeed.CreatedAt), "times"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}

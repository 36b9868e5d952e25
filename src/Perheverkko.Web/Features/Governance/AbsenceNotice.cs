namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// A member has said they cannot come to a meeting (issue 5 §5): their deputy is expected in their place. The row
/// exists while the notice stands; withdrawing it removes the row (the audit trail keeps the history), and the unique
/// index (meeting, member) makes saying it twice a no-op rather than a second e-mail to the deputy.
/// </summary>
public sealed class AbsenceNotice
{
    private AbsenceNotice() { }

    public AbsenceNotice(Guid id, Guid meetingId, Guid membershipId, DateTime now)
    { Id = id; MeetingId = meetingId; MembershipId = membershipId; DeclaredAt = now; }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid MembershipId { get; private set; }
    public DateTime DeclaredAt { get; private set; }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Records that the meeting took place (Invited → Held); attendance and decisions follow.</summary>
public sealed class MarkMeetingHeld(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.RecordMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        meeting.MarkHeld(clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.MeetingHeld, "Meeting", meetingId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

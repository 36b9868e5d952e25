using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Governance;

public sealed class RemoveAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid itemId, CancellationToken cancellationToken)
    {
        var meetingId = await MeetingAccess.MeetingOf(db, itemId, cancellationToken);
        var (_, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId ?? Guid.Empty, clock, withMembers: false, cancellationToken);
        meeting.RemoveAgendaItem(itemId, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgendaItemRemoved, "AgendaItem", itemId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Governance;

public sealed class RemoveAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid itemId, CancellationToken cancellationToken)
    {
        var meetingId = await MeetingLoader.MeetingOfItemAsync(db, itemId, cancellationToken);
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        meeting.RemoveAgendaItem(itemId, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgendaItemRemoved, "AgendaItem", itemId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

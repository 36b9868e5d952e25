using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Changes an agenda item, or moves it to another place in the agenda.</summary>
public sealed class UpdateAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid itemId, AgendaItemInput request, CancellationToken cancellationToken)
    {
        var meetingId = await MeetingLoader.MeetingOfItemAsync(db, itemId, cancellationToken);
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        meeting.ExpectVersion(request.Version);
        meeting.UpdateAgendaItem(itemId, request.Title!.Trim(), request.Kind!.Value, request.Preparer.TrimmedOrNull(),
            request.Description.TrimmedOrNull(), request.Proposal.TrimmedOrNull(), request.Position, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgendaItemUpdated, "AgendaItem", itemId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Adds an item at the end of a meeting's agenda (the chair and the coordinator prepare it, 001 §13).</summary>
public sealed class AddAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, Guid meetingId, AgendaItemInput request, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        var item = meeting.AddAgendaItem(request.Title!.Trim(), request.Kind!.Value, request.Preparer.TrimmedOrNull(),
            request.Description.TrimmedOrNull(), request.Proposal.TrimmedOrNull(), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgendaItemAdded, "AgendaItem", item.Id, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }
}

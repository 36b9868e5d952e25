using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Moves an agenda item to another place without touching its text: the meeting page's "move up" and "move down".</summary>
public sealed class MoveAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="Position">The item's new place, 1 being first.</param>
    /// <param name="Version">The meeting's version the page was opened at; a change made meanwhile refuses this one as stale.</param>
    public sealed record Request(int? Position, int? Version);

    public async Task HandleAsync(Actor? actor, Guid itemId, Request request, CancellationToken cancellationToken)
    {
        var meetingId = await MeetingLoader.MeetingOfItemAsync(db, itemId, cancellationToken);
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        new InputCheck().That(request.Position is >= 1 and <= 500, "position", "validation.range", 1, 500).ThrowIfInvalid();
        meeting.ExpectVersion(request.Version);
        meeting.MoveAgendaItem(itemId, request.Position!.Value, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgendaItemUpdated, "AgendaItem", itemId, $"meeting {meetingId}, moved to {request.Position}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

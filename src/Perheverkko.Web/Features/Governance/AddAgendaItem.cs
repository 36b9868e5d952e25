using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>An agenda item as entered; the description is Markdown.</summary>
/// <param name="Version">The meeting's version the editor started from (see <see cref="Meeting.Version"/>); when given, a change made meanwhile refuses this one as stale.</param>
public sealed record AgendaItemInput(string? Title, AgendaItemKind? Kind, string? Preparer, string? Description, string? Proposal, int? Position = null, int? Version = null)
{
    public void Check(InputCheck check) => check
        .Required("title", Title, GovernanceLimits.Title)
        .Defined("kind", Kind)
        .Optional("preparer", Preparer, GovernanceLimits.Name)
        .Optional("description", Description, GovernanceLimits.Description)
        .Optional("proposal", Proposal, GovernanceLimits.Description)
        .That(Position is null or >= 1 and <= 500, "position", "validation.range", 1, 500);
}

/// <summary>Adds an item at the end of a meeting's agenda (the chair and the coordinator prepare it, 001 §13).</summary>
public sealed class AddAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, Guid meetingId, AgendaItemInput request, CancellationToken cancellationToken)
    {
        var (_, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId, clock, withMembers: false, cancellationToken);
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

/// <summary>Changes an agenda item, or moves it to another place in the agenda.</summary>
public sealed class UpdateAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid itemId, AgendaItemInput request, CancellationToken cancellationToken)
    {
        var meetingId = await MeetingOf(db, itemId, cancellationToken);
        var (_, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId ?? Guid.Empty, clock, withMembers: false, cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        meeting.ExpectVersion(request.Version);
        meeting.UpdateAgendaItem(itemId, request.Title!.Trim(), request.Kind!.Value, request.Preparer.TrimmedOrNull(),
            request.Description.TrimmedOrNull(), request.Proposal.TrimmedOrNull(), request.Position, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgendaItemUpdated, "AgendaItem", itemId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static async Task<Guid?> MeetingOf(PerheverkkoDb db, Guid itemId, CancellationToken cancellationToken) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            db.AgendaItems.Where(i => i.Id == itemId).Select(i => (Guid?)i.MeetingId), cancellationToken);
}

public sealed class RemoveAgendaItem(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid itemId, CancellationToken cancellationToken)
    {
        var meetingId = await UpdateAgendaItem.MeetingOf(db, itemId, cancellationToken);
        var (_, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId ?? Guid.Empty, clock, withMembers: false, cancellationToken);
        meeting.RemoveAgendaItem(itemId, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgendaItemRemoved, "AgendaItem", itemId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Corrects approved minutes (issue 5 §7): the chair changes an item's discussion or decision with a reason; the
/// corrected minutes become a new recorded version and are mailed again, and the approved version stays as it was.
/// </summary>
public sealed class CorrectMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock)
{
    public sealed record Request(Guid? AgendaItemId, string? Discussion, string? Decision, string? Reason);

    public sealed record Result(int Version, int Recipients);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, Request request, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: true, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ApproveMinutes, GroupRelationships.ObjectOf(group), cancellationToken);
        new InputCheck()
            .That(request.AgendaItemId is not null, "agendaItemId", "validation.required")
            .Optional("discussion", request.Discussion, GovernanceLimits.Description)
            .Optional("decision", request.Decision, GovernanceLimits.Description)
            .Required("reason", request.Reason, GovernanceLimits.Reason)
            .ThrowIfInvalid();
        var now = clock.GetUtcNow().UtcDateTime;
        meeting.CorrectMinutes(request.AgendaItemId!.Value, request.Discussion.TrimmedOrNull(), request.Decision.TrimmedOrNull(), now);
        var version = (await db.MinutesVersions.Where(v => v.MeetingId == meetingId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
        var reason = request.Reason!.Trim();
        var (sent, text) = MinutesMail.Enqueue(outbox, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), links, group, meeting,
            await MinutesFacts.LoadAsync(db, group, meeting, cancellationToken), now, version, reason);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), meetingId, version, text, actor?.Name ?? "", reason, now));
        audit.Record(actor, AuditEvent.MinutesCorrected, "Meeting", meetingId, $"version {version}, item {request.AgendaItemId}, {sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(version, sent);
    }
}

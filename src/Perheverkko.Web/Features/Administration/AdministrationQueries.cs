using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Features.Administration;

public sealed record AuditFilter(AuditEvent? Event = null, AuditOutcome? Outcome = null, Guid? ActorId = null,
    string? ObjectType = null, string? ObjectId = null, DateTime? From = null, DateTime? To = null, int Page = 1);

public sealed record AuditRowView(long Id, DateTime OccurredAt, Guid? ActorId, string ActorName, AuditEvent Event,
    AuditOutcome Outcome, string? ObjectType, string? ObjectId, string? Detail);

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, bool HasMore);

public sealed record OutboxRowView(Guid Id, string Kind, string Summary, OutboxState State, int Attempts, DateTime CreatedAt,
    DateTime NextAttemptAt, DateTime? SentAt, string? LastError);

/// <summary>
/// The audit trail and the outbox, read by coordinators and administrators, each of their own region's rows only
/// (<see cref="Platform.Tenancy.IRegionStamped"/>; a national administrator sees all). Reading the trail is itself audited.
/// </summary>
public sealed class AdministrationQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, AuditTrailVerifier verifier)
{
    public const int PageSize = 50;

    public async Task<PageOf<AuditRowView>> AuditTrailAsync(Actor? actor, AuditFilter filter, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewAuditTrail, OwnRegions(actor, "AuditTrail"), cancellationToken);
        var query = db.AuditRecords.AsNoTracking();
        if (filter.Event is { } e) query = query.Where(r => r.Event == e);
        if (filter.Outcome is { } o) query = query.Where(r => r.Outcome == o);
        if (filter.ActorId is { } a) query = query.Where(r => r.ActorId == a);
        if (!string.IsNullOrWhiteSpace(filter.ObjectType)) query = query.Where(r => r.ObjectType == filter.ObjectType);
        if (!string.IsNullOrWhiteSpace(filter.ObjectId)) query = query.Where(r => r.ObjectId == filter.ObjectId);
        if (filter.From is { } from) query = query.Where(r => r.OccurredAt >= from);
        if (filter.To is { } to) query = query.Where(r => r.OccurredAt < to);
        var page = Math.Max(1, filter.Page);
        var rows = await query.OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new AuditRowView(r.Id, r.OccurredAt, r.ActorId, r.ActorName, r.Event, r.Outcome, r.ObjectType, r.ObjectId, r.Detail))
            .ToListAsync(cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.AuditTrailRead, AuditOutcome.Succeeded, "AuditTrail", detail: Describe(filter), cancellationToken: cancellationToken);
        return new PageOf<AuditRowView>(rows.Take(PageSize).ToList(), page, PageSize, rows.Count > PageSize);
    }

    /// <summary>
    /// The state of the sealed trail (decision 0037), for whoever may read the trail: the one national chain is verified
    /// whole, but the answer is only its state — no row of another region. Every verification is audited.
    /// </summary>
    public async Task<AuditTrailState> AuditTrailStateAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewAuditTrail, OwnRegions(actor, "AuditTrail"), cancellationToken);
        var state = await verifier.VerifyAsync(cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.AuditTrailVerified, state.Intact ? AuditOutcome.Succeeded : AuditOutcome.Failed, "AuditTrail",
            detail: AuditTrailVerifier.Describe(state), cancellationToken: cancellationToken);
        return state;
    }

    /// <summary>Recipients are personal data: the outbox list shows the subject and the number of recipients only.</summary>
    public async Task<PageOf<OutboxRowView>> OutboxAsync(Actor? actor, OutboxState? state, int page, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewOutbox, OwnRegions(actor, "Outbox"), cancellationToken);
        var query = db.OutboxMessages.AsNoTracking();
        query = state switch
        {
            OutboxState.Sent => query.Where(m => m.SentAt != null),
            OutboxState.Failed => query.Where(m => m.FailedAt != null),
            OutboxState.Retrying => query.Where(m => m.SentAt == null && m.FailedAt == null && m.Attempts > 0),
            OutboxState.Queued => query.Where(m => m.SentAt == null && m.FailedAt == null && m.Attempts == 0),
            _ => query,
        };
        page = Math.Max(1, page);
        var rows = await query.OrderByDescending(m => m.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.OutboxRead, AuditOutcome.Succeeded, "Outbox", cancellationToken: cancellationToken);
        return new PageOf<OutboxRowView>(rows.Take(PageSize).Select(m => new OutboxRowView(m.Id, m.Kind, OutboxSummary.Of(m), m.State,
            m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError)).ToList(), page, PageSize, rows.Count > PageSize);
    }

    /// <summary>
    /// The trail or the outbox of the caller's region (the region filter keeps every other region's rows out); a
    /// national administrator's reaches every region.
    /// </summary>
    private static AccessObject? OwnRegions(Actor? actor, string type) => actor?.RegionId is { } region ? new AccessObject(type, null, region) : null;

    private static string Describe(AuditFilter f) =>
        string.Join(", ", new[] { f.Event?.ToString(), f.Outcome?.ToString(), f.ActorId?.ToString(), f.ObjectType, f.ObjectId }
            .Where(s => !string.IsNullOrEmpty(s)));
}

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

/// <param name="Recipients">The addresses the message goes to; empty for a sealed message (a family's address is not shown).</param>
/// <param name="Subject">The e-mail's subject; null for a sealed message or another kind.</param>
public sealed record OutboxRowView(Guid Id, string Kind, string Summary, OutboxState State, int Attempts, DateTime CreatedAt,
    DateTime NextAttemptAt, DateTime? SentAt, string? LastError, IReadOnlyList<string> Recipients, string? Subject);

/// <summary>
/// An audit row as the audit page and its export show it: the time in Finnish time, and the object's name and screen
/// where the object still exists (the event's name and the type's are the reader's language's, chosen by the page).
/// </summary>
public sealed record AuditLine(AuditRowView Row, DateTime LocalTime, AuditObjectName? Object);

/// <summary>A person who may appear in the trail, for the filter by person.</summary>
public sealed record AuditPerson(Guid Id, string Name);

/// <summary>The audit page: a page of lines, and the people of the region to filter by.</summary>
public sealed record AuditTrailView(PageOf<AuditLine> Lines, IReadOnlyList<AuditPerson> People);

/// <summary>
/// The audit trail and the outbox, read by coordinators and administrators, each of their own region's rows only
/// (<see cref="Platform.Tenancy.IRegionStamped"/>; a national administrator sees all). Reading the trail is itself audited.
/// </summary>
public sealed class AdministrationQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, AuditTrailVerifier verifier, AuditObjectQueries objects)
{
    public const int PageSize = 50;
    /// <summary>The most rows one export carries, newest first; a longer period is exported in parts by date.</summary>
    public const int ExportLimit = 10_000;

    public async Task<PageOf<AuditRowView>> AuditTrailAsync(Actor? actor, AuditFilter filter, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewAuditTrail, OwnRegions(actor, "AuditTrail"), cancellationToken);
        var page = Math.Max(1, filter.Page);
        var rows = await Filtered(filter).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.AuditTrailRead, AuditOutcome.Succeeded, "AuditTrail", detail: Describe(filter), cancellationToken: cancellationToken);
        return new PageOf<AuditRowView>(rows.Take(PageSize).ToList(), page, PageSize, rows.Count > PageSize);
    }

    /// <summary>The audit page: the page of rows with their objects named, and the people of the reader's region to filter by.</summary>
    public async Task<AuditTrailView> AuditTrailPageAsync(Actor? actor, AuditFilter filter, CancellationToken cancellationToken)
    {
        var rows = await AuditTrailAsync(actor, filter, cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => actor!.RegionId == null || u.RegionId == actor.RegionId)
            .Select(u => new AuditPerson(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return new AuditTrailView(new PageOf<AuditLine>(await LinesAsync(rows.Items, cancellationToken), rows.Page, rows.PageSize, rows.HasMore),
            people.OrderBy(p => p.Name, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList());
    }

    /// <summary>
    /// Every row the filter selects (at most <see cref="ExportLimit"/>, newest first), for the CSV export. The export is
    /// itself audited, with its filter and how many rows left.
    /// </summary>
    public async Task<IReadOnlyList<AuditLine>> AuditTrailExportAsync(Actor? actor, AuditFilter filter, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewAuditTrail, OwnRegions(actor, "AuditTrail"), cancellationToken);
        var rows = await Filtered(filter).Take(ExportLimit).ToListAsync(cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.AuditTrailExported, AuditOutcome.Succeeded, "AuditTrail",
            detail: $"{rows.Count} rows; {Describe(filter)}".TrimEnd(' ', ';'), cancellationToken: cancellationToken);
        return await LinesAsync(rows, cancellationToken);
    }

    private IQueryable<AuditRowView> Filtered(AuditFilter filter)
    {
        var query = db.AuditRecords.AsNoTracking();
        if (filter.Event is { } e) query = query.Where(r => r.Event == e);
        if (filter.Outcome is { } o) query = query.Where(r => r.Outcome == o);
        if (filter.ActorId is { } a) query = query.Where(r => r.ActorId == a);
        if (!string.IsNullOrWhiteSpace(filter.ObjectType)) query = query.Where(r => r.ObjectType == filter.ObjectType);
        if (!string.IsNullOrWhiteSpace(filter.ObjectId)) query = query.Where(r => r.ObjectId == filter.ObjectId);
        if (filter.From is { } from) query = query.Where(r => r.OccurredAt >= from);
        if (filter.To is { } to) query = query.Where(r => r.OccurredAt < to);
        return query.OrderByDescending(r => r.Id)
            .Select(r => new AuditRowView(r.Id, r.OccurredAt, r.ActorId, r.ActorName, r.Event, r.Outcome, r.ObjectType, r.ObjectId, r.Detail));
    }

    private async Task<IReadOnlyList<AuditLine>> LinesAsync(IReadOnlyList<AuditRowView> rows, CancellationToken cancellationToken)
    {
        var named = await objects.NamesAsync(rows.Select(r => (r.ObjectType, r.ObjectId)), cancellationToken);
        return rows.Select(r => new AuditLine(r, Platform.Calendar.HelsinkiTime.ToLocal(r.OccurredAt),
            r.ObjectType is { } type && r.ObjectId is { } id && named.TryGetValue((type, id), out var name) ? name : null)).ToList();
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

    /// <summary>
    /// The outbox for its readers (the region's leads, every read audited): recipient, subject, state and attempts. A
    /// sealed message (mail to a family) shows neither its recipient nor its subject.
    /// </summary>
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
        return new PageOf<OutboxRowView>(rows.Take(PageSize).Select(m =>
        {
            var email = OutboxSummary.EmailOf(m);
            return new OutboxRowView(m.Id, m.Kind, OutboxSummary.Of(m), m.State, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError,
                email?.To ?? [], email?.Subject);
        }).ToList(), page, PageSize, rows.Count > PageSize);
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

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Drafts the minutes from the agenda (Held → MinutesDraft) and numbers the decisions § n/yyyy per group and year.
/// Two drafts at the same moment could both read the same last number; the unique index then refuses the second,
/// which is reported with the rule's code rather than as a server error.
/// </summary>
public sealed class DraftMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record NumberView(Guid AgendaItemId, int Number, int Year, string Label);

    public async Task<IReadOnlyList<NumberView>> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId, clock, cancellationToken);
        var year = meeting.DecisionYear;
        var taken = (await db.DecisionNumbers.Where(d => d.GroupId == group.Id && d.Year == year).Select(d => d.Number).ToListAsync(cancellationToken)).ToHashSet();
        // The series continues after the highest number, so a number never goes back into use.
        var numbered = meeting.DraftMinutes(taken.Count == 0 ? 1 : taken.Max() + 1, taken, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.MinutesDrafted, "Meeting", meetingId,
            numbered.Count == 0 ? "no new decisions" : $"{numbered[0].Label} – {numbered[^1].Label}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (numbered.Count > 0)
        {
            if (await NumbersTakenAsync(group.Id, year, numbered, cancellationToken)) throw new DomainRuleViolation(GovernanceRules.DecisionNumberTaken);
            throw;
        }
        return numbered.Select(d => new NumberView(d.AgendaItemId, d.Number, d.Year, d.Label)).ToList();
    }

    private async Task<bool> NumbersTakenAsync(Guid groupId, int year, IReadOnlyList<DecisionNumber> numbered, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var numbers = numbered.Select(d => d.Number).ToList();
        return await db.DecisionNumbers.AnyAsync(d => d.GroupId == groupId && d.Year == year && numbers.Contains(d.Number), cancellationToken);
    }
}

/// <summary>
/// The chair approves the minutes (MinutesDraft → MinutesApproved); from then on they are locked, and they are mailed
/// through the outbox in the same transaction, so an approval is never without its mail nor the mail without it.
/// </summary>
public sealed class ApproveMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, IConfiguration configuration, TimeProvider clock)
{
    public sealed record Result(int Recipients);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId, clock, cancellationToken, forApproval: true);
        var now = clock.GetUtcNow().UtcDateTime;
        meeting.ApproveMinutes(actor?.Name ?? "", now);
        var (sent, text) = MinutesMail.Enqueue(outbox, configuration["PublicUrl"], group, meeting, now);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), meetingId, 1, text, meeting.MinutesApprovedBy!, null, now));
        audit.Record(actor, AuditEvent.MinutesApproved, "Meeting", meetingId, $"{sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(sent);
    }
}

/// <summary>
/// Corrects approved minutes (issue 5 §7): the chair changes an item's discussion or decision with a reason; the
/// corrected minutes become a new recorded version and are mailed again, and the approved version stays as it was.
/// </summary>
public sealed class CorrectMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, IConfiguration configuration, TimeProvider clock)
{
    public sealed record Request(Guid? AgendaItemId, string? Discussion, string? Decision, string? Reason);

    public sealed record Result(int Version, int Recipients);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, Request request, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId, clock, cancellationToken, forApproval: true);
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
        var (sent, text) = MinutesMail.Enqueue(outbox, configuration["PublicUrl"], group, meeting, now, version, reason);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), meetingId, version, text, actor?.Name ?? "", reason, now));
        audit.Record(actor, AuditEvent.MinutesCorrected, "Meeting", meetingId, $"version {version}, item {request.AgendaItemId}, {sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(version, sent);
    }
}

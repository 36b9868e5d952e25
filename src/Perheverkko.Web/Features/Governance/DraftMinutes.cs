using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
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
public sealed class ApproveMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, IConfiguration configuration, TimeProvider clock)
{
    public sealed record Result(int Recipients);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId, clock, cancellationToken, forApproval: true);
        RuleCheck.That(group.MinutesApproval == MinutesApproval.ByChair, GovernanceRules.ApprovedAtNextMeeting);
        var now = clock.GetUtcNow().UtcDateTime;
        meeting.ApproveMinutes(actor?.Name ?? "", now);
        var (sent, text) = MinutesMail.Enqueue(outbox, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), configuration["PublicUrl"], group, meeting, now);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), meetingId, 1, text, meeting.MinutesApprovedBy!, null, now));
        audit.Record(actor, AuditEvent.MinutesApproved, "Meeting", meetingId, $"{sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(sent);
    }
}

/// <summary>
/// Where the group approves minutes at its next meeting: the secretary records, at meeting N+1, the decision that
/// approves the minutes of meeting N (the group's latest earlier meeting, whose minutes are drafted). The decision is
/// numbered with N+1's decisions, N's minutes are locked, recorded as version 1 and mailed — all in one transaction.
/// </summary>
public sealed class ApprovePreviousMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, IConfiguration configuration, TimeProvider clock)
{
    public sealed record Result(Guid ApprovedMeetingId, string Decision, int Recipients);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MinutesAccess.LoadForRecordAsync(db, access, actor, meetingId, clock, cancellationToken);
        RuleCheck.That(group.MinutesApproval == MinutesApproval.AtNextMeeting, GovernanceRules.ApprovedByChair);
        var previousId = await db.Meetings.Where(m => m.GroupId == group.Id && m.StartsAt < meeting.StartsAt && m.Status != MeetingStatus.Cancelled)
            .OrderByDescending(m => m.StartsAt).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleViolation(GovernanceRules.NoPreviousDraft);
        var previous = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Decisions)
            .AsSplitQuery().SingleAsync(m => m.Id == previousId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var item = meeting.RecordApprovalOfPreviousMinutes(previous, now);
        var year = meeting.DecisionYear;
        var taken = (await db.DecisionNumbers.Where(d => d.GroupId == group.Id && d.Year == year).Select(d => d.Number).ToListAsync(cancellationToken)).ToHashSet();
        var numbered = meeting.DraftMinutes(taken.Count == 0 ? 1 : taken.Max() + 1, taken, now);
        var decision = numbered.Single(d => d.AgendaItemId == item.Id);
        previous.ApproveMinutesByDecision(meeting, decision, now);
        var (sent, text) = MinutesMail.Enqueue(outbox, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), configuration["PublicUrl"], group, previous, now);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), previous.Id, 1, text, previous.MinutesApprovedBy!, null, now));
        audit.Record(actor, AuditEvent.MinutesApproved, "Meeting", previous.Id, $"by {decision.Label} of meeting {meetingId}, {sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(previous.Id, decision.Label, sent);
    }
}

/// <summary>Sets who approves a group's minutes: the chair, or the group at its next meeting.</summary>
public sealed class SetMinutesApproval(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(MinutesApproval? Approval);

    public async Task HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageGroups, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
        new InputCheck().Defined("approval", request.Approval).ThrowIfInvalid();
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        group.SetMinutesApproval(request.Approval!.Value);
        audit.Record(actor, AuditEvent.GroupMinutesApprovalSet, "Group", groupId, request.Approval.Value.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// Corrects approved minutes (issue 5 §7): the chair changes an item's discussion or decision with a reason; the
/// corrected minutes become a new recorded version and are mailed again, and the approved version stays as it was.
/// </summary>
public sealed class CorrectMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, IConfiguration configuration, TimeProvider clock)
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
        var (sent, text) = MinutesMail.Enqueue(outbox, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), configuration["PublicUrl"], group, meeting, now, version, reason);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), meetingId, version, text, actor?.Name ?? "", reason, now));
        audit.Record(actor, AuditEvent.MinutesCorrected, "Meeting", meetingId, $"version {version}, item {request.AgendaItemId}, {sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(version, sent);
    }
}

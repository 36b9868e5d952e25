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
/// Where the group approves minutes at its next meeting: the secretary records, at meeting N+1, the decision that
/// approves the minutes of meeting N (the group's latest earlier meeting, whose minutes are drafted). The decision is
/// numbered with N+1's decisions, N's minutes are locked, recorded as version 1 and mailed — all in one transaction.
/// </summary>
public sealed class ApprovePreviousMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock)
{
    public sealed record Result(Guid ApprovedMeetingId, string Decision, int Recipients);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: true, cancellationToken);
        await access.RequireAsync(actor, StaffAction.RecordMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
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
        var (sent, text) = MinutesMail.Enqueue(outbox, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), links, group, previous,
            await MinutesFacts.LoadAsync(db, group, previous, cancellationToken), now);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), previous.Id, 1, text, previous.MinutesApprovedBy!, null, now));
        audit.Record(actor, AuditEvent.MinutesApproved, "Meeting", previous.Id, $"by {decision.Label} of meeting {meetingId}, {sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(previous.Id, decision.Label, sent);
    }
}

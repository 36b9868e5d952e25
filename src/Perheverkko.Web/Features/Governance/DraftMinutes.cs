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
/// Drafts the minutes from the agenda (Held → MinutesDraft) and numbers the decisions § n/yyyy per group and year.
/// Two drafts at the same moment could both read the same last number; the unique index then refuses the second,
/// which is reported with the rule's code rather than as a server error. The first draft of a group that approves by
/// its chair tells the chair that the minutes wait for them (<see cref="MinutesApprovalMail"/>), in the same save.
/// </summary>
public sealed class DraftMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock)
{
    public sealed record NumberView(Guid AgendaItemId, int Number, int Year, string Label);

    public async Task<IReadOnlyList<NumberView>> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: true, cancellationToken);
        await access.RequireAsync(actor, StaffAction.RecordMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var year = meeting.DecisionYear;
        var taken = (await db.DecisionNumbers.Where(d => d.GroupId == group.Id && d.Year == year).Select(d => d.Number).ToListAsync(cancellationToken)).ToHashSet();
        var firstDraft = meeting.Status == MeetingStatus.Held;
        var now = clock.GetUtcNow().UtcDateTime;
        // The series continues after the highest number, so a number never goes back into use.
        var numbered = meeting.DraftMinutes(taken.Count == 0 ? 1 : taken.Max() + 1, taken, now);
        // Drafting again after a change is the secretary's own step: the chair has been told once.
        if (firstDraft && group.MinutesApproval == MinutesApproval.ByChair)
            await MinutesApprovalMail.EnqueueAsync(db, outbox, texts, links, group, meeting, now, cancellationToken);
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

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The chair approves the minutes (MinutesDraft → MinutesApproved); from then on they are locked, and they are mailed
/// through the outbox in the same transaction, so an approval is never without its mail nor the mail without it.
/// </summary>
public sealed class ApproveMinutes(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock)
{
    public sealed record Result(int Recipients);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: true, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ApproveMinutes, GroupRelationships.ObjectOf(group), cancellationToken);
        RuleCheck.That(group.MinutesApproval == MinutesApproval.ByChair, GovernanceRules.ApprovedAtNextMeeting);
        var now = clock.GetUtcNow().UtcDateTime;
        meeting.ApproveMinutes(actor?.Name ?? "", now);
        var (sent, text) = MinutesMail.Enqueue(outbox, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), links, group, meeting,
            await MinutesFacts.LoadAsync(db, group, meeting, cancellationToken), now);
        db.MinutesVersions.Add(new MinutesVersion(Guid.CreateVersion7(), meetingId, 1, text, meeting.MinutesApprovedBy!, null, now));
        audit.Record(actor, AuditEvent.MinutesApproved, "Meeting", meetingId, $"{sent} recipients");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(sent);
    }
}

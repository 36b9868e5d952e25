using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// "I cannot come" and its withdrawal, by the member themself (their staff account is on the membership). The
/// member's current deputies are told through the outbox in the same transaction: that they are expected, or, after a
/// withdrawal, that they are no longer needed.
/// </summary>
public sealed class ReportAbsence(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, PublicAddress links, TimeProvider clock)
{
    public sealed record Result(bool Absent, IReadOnlyList<string> DeputiesNotified);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, bool cannotCome, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewGroup, GroupRelationships.ObjectOf(group), cancellationToken);
        var current = group.Memberships.Where(m => m.IsCurrentOn(meeting.Day)).ToList();
        var membership = current.FirstOrDefault(m => m.Role == MembershipRole.Member && actor?.UserId is { } userId && m.Person.StaffUserId == userId)
            ?? throw new DomainRuleViolation(GovernanceRules.AbsenceNotAMember);
        RuleCheck.That(meeting.Status == MeetingStatus.Invited, GovernanceRules.AbsenceMeetingNotOpen);

        var existing = await db.AbsenceNotices.SingleOrDefaultAsync(a => a.MeetingId == meetingId && a.MembershipId == membership.Id, cancellationToken);
        if ((existing is not null) == cannotCome) return new Result(cannotCome, []); // already so: nobody is told twice

        var now = clock.GetUtcNow().UtcDateTime;
        if (cannotCome) db.AbsenceNotices.Add(new AbsenceNotice(Guid.CreateVersion7(), meetingId, membership.Id, now));
        else db.AbsenceNotices.Remove(existing!);
        var deputies = current.Where(d => d.Role == MembershipRole.Deputy && d.DeputyForId == membership.Id).ToList();
        var languages = await MailLanguages.LoadAsync(db, deputies.Select(d => d.Person), cancellationToken);
        foreach (var deputy in deputies)
            outbox.Enqueue(DeputyMail.For(texts, languages.Of(deputy.Person), links, group, meeting, membership, deputy, cannotCome), group.RegionId);
        audit.Record(actor, cannotCome ? AuditEvent.AbsenceReported : AuditEvent.AbsenceWithdrawn, "Meeting", meetingId,
            $"membership {membership.Id}, {deputies.Count} deputies told");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(cannotCome, deputies.Select(d => d.Person.Name).ToList());
    }
}

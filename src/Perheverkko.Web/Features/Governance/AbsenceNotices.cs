using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// A member has said they cannot come to a meeting (issue 5 §5): their deputy is expected in their place. The row
/// exists while the notice stands; withdrawing it removes the row (the audit trail keeps the history), and the unique
/// index (meeting, member) makes saying it twice a no-op rather than a second e-mail to the deputy.
/// </summary>
public sealed class AbsenceNotice
{
    private AbsenceNotice() { }

    public AbsenceNotice(Guid id, Guid meetingId, Guid membershipId, DateTime now)
    { Id = id; MeetingId = meetingId; MembershipId = membershipId; DeclaredAt = now; }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid MembershipId { get; private set; }
    public DateTime DeclaredAt { get; private set; }
}

/// <summary>
/// "I cannot come" and its withdrawal, by the member themself (their staff account is on the membership). The
/// member's current deputies are told through the outbox in the same transaction: that they are expected, or, after a
/// withdrawal, that they are no longer needed.
/// </summary>
public sealed class ReportAbsence(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, Texts texts, IConfiguration configuration, TimeProvider clock)
{
    public sealed record Result(bool Absent, IReadOnlyList<string> DeputiesNotified);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, bool cannotCome, CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var groupId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (Guid?)m.GroupId).SingleOrDefaultAsync(cancellationToken);
        await GroupAccess.RequireViewAsync(access, db, actor, groupId, today, cancellationToken);
        if (groupId is null) throw new NotFoundException(GovernanceRules.MeetingNotFound);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meetingId, cancellationToken);
        var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == groupId, cancellationToken);
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
            outbox.Enqueue(DeputyMail.For(texts, languages.Of(deputy.Person), configuration["PublicUrl"], group, meeting, membership, deputy, cannotCome));
        audit.Record(actor, cannotCome ? AuditEvent.AbsenceReported : AuditEvent.AbsenceWithdrawn, "Meeting", meetingId,
            $"membership {membership.Id}, {deputies.Count} deputies told");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(cannotCome, deputies.Select(d => d.Person.Name).ToList());
    }
}

/// <summary>The message to a deputy whose member cannot come, or after all can, in the deputy's language.</summary>
public static class DeputyMail
{
    public static EmailMessage For(Texts texts, string language, string? publicUrl, Group group, Meeting meeting, Membership member,
        Membership deputy, bool expected)
    {
        var when = InvitationMail.When(meeting, texts, language);
        var name = group.Name.In(language);
        var url = string.IsNullOrWhiteSpace(publicUrl) ? null : $"{publicUrl.TrimEnd('/')}/staff/meetings/{meeting.Id}";
        var subject = texts.In(language, expected ? "mail.deputy.subject_expected" : "mail.deputy.subject_not_needed", name, when);
        var text = new StringBuilder();
        text.AppendLine(texts.In(language, expected ? "mail.deputy.expected" : "mail.deputy.not_needed", member.Person.Name, name));
        text.AppendLine().AppendLine(texts.In(language, "mail.time", when));
        if (!string.IsNullOrWhiteSpace(meeting.Place)) text.AppendLine(texts.In(language, "mail.place", meeting.Place));
        if (!string.IsNullOrWhiteSpace(meeting.VideoLink)) text.AppendLine(texts.In(language, "mail.video", meeting.VideoLink));
        if (url is not null) text.AppendLine().AppendLine(texts.In(language, "mail.meeting_page", url));
        return new EmailMessage([deputy.Person.Email], subject, text.ToString());
    }
}

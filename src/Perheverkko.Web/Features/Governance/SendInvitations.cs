using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Sends the agenda: one e-mail with a calendar invitation to every current member and deputy (001 §13), queued in
/// the outbox in the same transaction as the meeting's new status. Sending again after a change is an update.
/// </summary>
public sealed class SendInvitations(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, MailOptions mail,
    Texts texts, PublicAddress links, TimeProvider clock)
{
    public sealed record Result(int Recipients, int Sequence);

    public async Task<Result> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var wasInvited = meeting.InviteesKnow;
        var recipients = group.CurrentMemberships(HelsinkiTime.DateOf(now)).Select(m => m.Person.Email.ToLowerInvariant()).Distinct().Count();
        meeting.SendInvitation(recipients, now);
        var sent = InvitationMail.Enqueue(outbox, mail, texts,
            await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), links, group, meeting,
            await MeetingDocument.OfAsync(db, meetingId, cancellationToken), wasInvited ? InvitationKind.Update : InvitationKind.Invitation, now);
        audit.Record(actor, AuditEvent.InvitationsSent, "Meeting", meetingId, $"{sent} recipients, sequence {meeting.Sequence}");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(sent, meeting.Sequence);
    }
}

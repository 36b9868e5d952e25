using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Cancels a meeting; if the invitation was sent, everyone gets a cancellation (iCalendar METHOD:CANCEL).</summary>
public sealed class CancelMeeting(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, MailOptions mail,
    Texts texts, PublicAddress links, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, Guid meetingId, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = meeting.Cancel(now)
            ? InvitationMail.Enqueue(outbox, mail, texts, await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken),
                links, group, meeting, MeetingDocument.None, InvitationKind.Cancellation, now)
            : 0;
        audit.Record(actor, AuditEvent.MeetingCancelled, "Meeting", meetingId, $"{sent} cancellations");
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

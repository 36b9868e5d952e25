using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Changes when or where a meeting is held; if the invitation was sent, everyone gets an update (SEQUENCE + 1).</summary>
public sealed class RescheduleMeeting(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, MailOptions mail,
    Texts texts, PublicAddress links, TimeProvider clock)
{
    /// <returns>How many people were sent an update.</returns>
    public async Task<int> HandleAsync(Actor? actor, Guid meetingId, MeetingTimeInput request, CancellationToken cancellationToken)
    {
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: true, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        if (meeting.Reschedule(request.StartUtc, request.EndUtc, request.Mode!.Value, request.PlaceOrNull, request.VideoLinkOrNull, now))
            sent = InvitationMail.Enqueue(outbox, mail, texts,
                await MailLanguages.LoadAsync(db, group.Memberships.Select(m => m.Person), cancellationToken), links, group, meeting,
                await MeetingDocument.OfAsync(db, meetingId, cancellationToken), InvitationKind.Update, now);
        audit.Record(actor, AuditEvent.MeetingRescheduled, "Meeting", meetingId, $"sequence {meeting.Sequence}, {sent} updates");
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

public sealed class RemoveAttachment(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        var meetingId = await db.AgendaAttachments.Where(a => a.Id == attachmentId).Select(a => (Guid?)a.MeetingId).SingleOrDefaultAsync(cancellationToken);
        var (_, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId ?? Guid.Empty, clock, withMembers: false, cancellationToken);
        RuleCheck.That(meeting.Status is MeetingStatus.Planned or MeetingStatus.Invited, GovernanceRules.MeetingClosed);
        db.AgendaAttachments.Remove(await db.AgendaAttachments.SingleAsync(a => a.Id == attachmentId, cancellationToken));
        audit.Record(actor, AuditEvent.AttachmentRemoved, "AgendaAttachment", attachmentId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

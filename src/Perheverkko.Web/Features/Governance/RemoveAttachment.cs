using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

public sealed class RemoveAttachment(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public async Task HandleAsync(Actor? actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        var meetingId = await db.AgendaAttachments.Where(a => a.Id == attachmentId).Select(a => (Guid?)a.MeetingId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.AttachmentNotFound);
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
        RuleCheck.That(meeting.Status is MeetingStatus.Planned or MeetingStatus.Invited, GovernanceRules.MeetingClosed);
        db.AgendaAttachments.Remove(await db.AgendaAttachments.SingleAsync(a => a.Id == attachmentId, cancellationToken));
        audit.Record(actor, AuditEvent.AttachmentRemoved, "AgendaAttachment", attachmentId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

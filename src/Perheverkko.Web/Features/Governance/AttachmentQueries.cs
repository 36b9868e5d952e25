using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Downloads: whoever may read the meeting's agenda may read its documents — in a members-only group its members and
/// deputies, never a member of another group. The first download by each staff member is kept (<see cref="AgendaDocumentRead"/>).
/// </summary>
public sealed class AttachmentQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<AttachmentFile> GetAsync(Actor? actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        var owner = await (from a in db.AgendaAttachments
                           join m in db.Meetings on a.MeetingId equals m.Id
                           join g in db.Groups on m.GroupId equals g.Id
                           where a.Id == attachmentId
                           select new { GroupId = g.Id, g.RegionId, m.Status }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.AttachmentNotFound);
        var on = new AccessObject(GroupRelationships.ObjectType, owner.GroupId, owner.RegionId);
        await access.RequireAsync(actor, StaffAction.ViewGroup, on, cancellationToken);
        // Before the agenda is sent only its preparers see it, documents included.
        if (owner.Status == MeetingStatus.Planned && !await access.PermitsAsync(actor, StaffAction.PrepareMeeting, on, cancellationToken))
            throw new NotFoundException(GovernanceRules.AttachmentNotFound);
        var file = await db.AgendaAttachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content)).SingleAsync(cancellationToken);
        // The staff desk lists meetings whose documents this person has not opened yet.
        await AgendaDocumentRead.RecordFirstAsync(db, attachmentId, actor, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return file;
    }
}

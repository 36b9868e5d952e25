using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Downloads: whoever may read the meeting's agenda may read its documents — in a members-only group its members and
/// deputies, never a member of another group.
/// </summary>
public sealed class AttachmentQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<AttachmentFile> GetAsync(Actor? actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var owner = await (from a in db.AgendaAttachments
                           join m in db.Meetings on a.MeetingId equals m.Id
                           where a.Id == attachmentId
                           select new { m.GroupId, m.Status }).SingleOrDefaultAsync(cancellationToken);
        await GroupAccess.RequireViewAsync(access, db, actor, owner?.GroupId, today, cancellationToken);
        if (owner is null) throw new NotFoundException(GovernanceRules.AttachmentNotFound);
        // Before the agenda is sent only its preparers see it, documents included.
        if (owner.Status == MeetingStatus.Planned && !await GroupAccess.MayPrepareAsync(db, actor, owner.GroupId, today, cancellationToken))
            throw new NotFoundException(GovernanceRules.AttachmentNotFound);
        var file = await db.AgendaAttachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content)).SingleAsync(cancellationToken);
        return file;
    }
}

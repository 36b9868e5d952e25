using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Home;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// The groups' part of the staff desk: minutes the person is to approve as the chair, and meetings coming up (invited,
/// not yet started) of the groups they sit in whose agenda documents they have not opened (<see cref="AgendaDocumentRead"/>).
/// </summary>
public sealed class GovernanceDeskSource(PerheverkkoDb db, Texts texts, TimeProvider clock) : IStaffDeskSource
{
    public async Task<IReadOnlyList<StaffDeskItem>> ItemsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var relationships = new GroupRelationships(db, clock);
        var now = clock.GetUtcNow().UtcDateTime;

        // Drafted minutes the chair approves (a group whose minutes are approved at the next meeting waits for that meeting).
        var drafted = await (from m in db.Meetings.AsNoTracking()
                             join g in db.Groups.AsNoTracking() on m.GroupId equals g.Id
                             where g.RegionId == actor.RegionId && m.Status == MeetingStatus.MinutesDraft && g.MinutesApproval == MinutesApproval.ByChair
                             orderby m.StartsAt
                             select new { m.Id, m.StartsAt, g.RegionId, GroupId = g.Id, GroupName = g.Name }).ToListAsync(cancellationToken);
        var chaired = await relationships.HeldOnAsync(Relationship.GroupChair, actor,
            drafted.Select(m => new AccessObject(GroupRelationships.ObjectType, m.GroupId, m.RegionId)).ToList(), cancellationToken);
        var toApprove = drafted.Where(m => chaired.Contains(m.GroupId))
            .Select(m => new StaffDeskEntry(Named(m.GroupName.InCurrentCulture(), m.StartsAt), $"/staff/meetings/{m.Id}")).ToList();

        // Coming meetings of the person's groups, with the documents they have not downloaded.
        var coming = await (from m in db.Meetings.AsNoTracking()
                            join g in db.Groups.AsNoTracking() on m.GroupId equals g.Id
                            where g.RegionId == actor.RegionId && m.Status == MeetingStatus.Invited && m.StartsAt > now
                            orderby m.StartsAt
                            select new
                            {
                                m.Id, m.StartsAt, g.RegionId, GroupId = g.Id, GroupName = g.Name,
                                Unread = db.AgendaAttachments.Count(a => a.MeetingId == m.Id
                                    && !db.AgendaDocumentReads.Any(r => r.AttachmentId == a.Id && r.UserId == actor.UserId)),
                            }).Where(m => m.Unread > 0).ToListAsync(cancellationToken);
        var member = await relationships.HeldOnAsync(Relationship.GroupMember, actor,
            coming.Select(m => new AccessObject(GroupRelationships.ObjectType, m.GroupId, m.RegionId)).ToList(), cancellationToken);
        var toRead = coming.Where(m => member.Contains(m.GroupId))
            .Select(m => new StaffDeskEntry(Named(m.GroupName.InCurrentCulture(), m.StartsAt), $"/staff/meetings/{m.Id}",
                texts["desk.governance.unread_count", m.Unread])).ToList();

        return
        [
            new StaffDeskItem("desk.governance.minutes_to_approve", toApprove.Count, "/staff/meetings", toApprove),
            new StaffDeskItem("desk.governance.unread_documents", toRead.Count, "/staff/meetings", toRead),
        ];
    }

    /// <summary>"Ohjausryhmä 12.3.2027 klo 13.00": the group and the meeting's Finnish time.</summary>
    private string Named(string group, DateTime startsAt)
    {
        var local = HelsinkiTime.ToLocal(startsAt);
        return texts["desk.governance.meeting", group, local.ToString("d.M.yyyy", CultureInfo.InvariantCulture), local.ToString("H.mm", CultureInfo.InvariantCulture)];
    }
}

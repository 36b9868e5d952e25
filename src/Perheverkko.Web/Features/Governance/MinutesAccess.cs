using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Loading a meeting for its minutes: the permission is decided before anything about the meeting is revealed.</summary>
internal static class MinutesAccess
{
    public static async Task<(Group Group, Meeting Meeting)> LoadForRecordAsync(PerheverkkoDb db, AccessControl access, Actor? actor,
        Guid meetingId, TimeProvider clock, CancellationToken cancellationToken, bool forApproval = false)
    {
        var groupId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (Guid?)m.GroupId).SingleOrDefaultAsync(cancellationToken);
        var today = HelsinkiTime.Today(clock);
        if (forApproval) await GroupAccess.RequireApproveAsync(access, db, actor, groupId, today, cancellationToken);
        else await GroupAccess.RequireRecordAsync(access, db, actor, groupId, today, cancellationToken);
        if (groupId is null) throw new NotFoundException(GovernanceRules.MeetingNotFound);
        var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == groupId, cancellationToken);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Decisions)
            .AsSplitQuery().SingleAsync(m => m.Id == meetingId, cancellationToken);
        return (group, meeting);
    }
}

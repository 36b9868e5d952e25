using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Loading a meeting for its preparers: the permission is decided before anything about the meeting is revealed.</summary>
internal static class MeetingAccess
{
    public static async Task<(Group Group, Meeting Meeting)> LoadForPrepareAsync(PerheverkkoDb db, AccessControl access, Actor? actor,
        Guid meetingId, TimeProvider clock, bool withMembers, CancellationToken cancellationToken)
    {
        var groupId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (Guid?)m.GroupId).SingleOrDefaultAsync(cancellationToken);
        await GroupAccess.RequirePrepareAsync(access, db, actor, groupId, HelsinkiTime.Today(clock), cancellationToken);
        if (groupId is null) throw new NotFoundException(GovernanceRules.MeetingNotFound);
        IQueryable<Group> groups = withMembers ? db.Groups.Include(g => g.Memberships) : db.Groups;
        var group = await groups.SingleAsync(g => g.Id == groupId, cancellationToken);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meetingId, cancellationToken);
        return (group, meeting);
    }

    /// <returns>The meeting an agenda item belongs to, or null for an unknown item.</returns>
    public static async Task<Guid?> MeetingOf(PerheverkkoDb db, Guid itemId, CancellationToken cancellationToken) =>
        await db.AgendaItems.Where(i => i.Id == itemId).Select(i => (Guid?)i.MeetingId).SingleOrDefaultAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Loads a meeting with its group for the use cases that change it: an unknown meeting (or one of another region,
/// which the region filter hides) is not found. It decides nothing about access: the use case then asks the engine
/// on the meeting's group.
/// </summary>
internal static class MeetingLoader
{
    /// <param name="withMembers">The group's memberships too (invitations, attendance, minutes mail).</param>
    /// <param name="withMinutes">The meeting's attendance and decision numbers too.</param>
    public static async Task<(Group Group, Meeting Meeting)> LoadAsync(PerheverkkoDb db, Guid meetingId, bool withMembers, bool withMinutes,
        CancellationToken cancellationToken)
    {
        IQueryable<Meeting> meetings = db.Meetings.Include(m => m.AgendaItems);
        if (withMinutes) meetings = meetings.Include(m => m.Attendance).Include(m => m.Decisions).AsSplitQuery();
        var meeting = await meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        IQueryable<Group> groups = withMembers ? db.Groups.Include(g => g.Memberships) : db.Groups;
        var group = await groups.SingleOrDefaultAsync(g => g.Id == meeting.GroupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MeetingNotFound);
        return (group, meeting);
    }

    /// <returns>The meeting an agenda item belongs to.</returns>
    public static async Task<Guid> MeetingOfItemAsync(PerheverkkoDb db, Guid itemId, CancellationToken cancellationToken) =>
        await db.AgendaItems.Where(i => i.Id == itemId).Select(i => (Guid?)i.MeetingId).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(GovernanceRules.AgendaItemNotFound);
}

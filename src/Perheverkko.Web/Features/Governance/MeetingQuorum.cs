namespace Perheverkko.Web.Features.Governance;

internal static class MeetingQuorum
{
    /// <summary>The members current on the meeting's day are the ones the quorum is counted from.</summary>
    public static QuorumResult Of(Group group, Meeting meeting) =>
        Quorum.Of(group.Memberships.Count(m => m.Role == MembershipRole.Member && m.IsCurrentOn(meeting.Day)), meeting.Attendance, group.Quorum);
}

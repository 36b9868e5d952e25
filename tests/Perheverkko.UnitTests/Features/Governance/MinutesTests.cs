using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Governance;

public sealed class MinutesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Mikkeli = Guid.NewGuid();
    private static readonly DateOnly Since = new(2026, 1, 1);

    private static Rule Broken(Action action) => Assert.ThrowsAny<DomainRuleViolation>(action).Rule;

    private static PersonRef Person(string name) => new(null, name, $"{name.Split(' ')[0].ToLowerInvariant()}@perheverkko.example");

    /// <summary>A group of <paramref name="members"/> members, each with one deputy.</summary>
    private static (Group Group, List<Membership> Members, List<Membership> Deputies) GroupOf(int members)
    {
        var group = Group.Create(Guid.NewGuid(), Guid.NewGuid(), "testi", GroupKind.Leadership, new LocalizedText("Testiryhmä"), "", 12, GroupVisibility.StaffOfParties, Now);
        var m = Enumerable.Range(1, members).Select(i => group.AddMembership(Person($"Jäsen{i} Esimerkki"), Mikkeli, MembershipRole.Member, null, Since, null, Now)).ToList();
        var d = m.Select((x, i) => group.AddMembership(Person($"Vara{i + 1} Esimerkki"), Mikkeli, MembershipRole.Deputy, x.Id, Since, null, Now)).ToList();
        return (group, m, d);
    }

    /// <summary>A meeting held at the given UTC instant, with the given agenda items.</summary>
    private static Meeting HeldMeeting(Group group, DateTime startsUtc, params string[] items)
    {
        var meeting = Meeting.Plan(Guid.NewGuid(), group.Id, startsUtc, startsUtc.AddHours(2), MeetingMode.Remote, null, null, Now);
        foreach (var title in items.DefaultIfEmpty("Kuulumiset")) meeting.AddAgendaItem(title, AgendaItemKind.Decision, null, null, null, Now);
        meeting.SendInvitation(1, startsUtc.AddDays(-7)); // invitations go before the meeting starts
        meeting.MarkHeld(startsUtc.AddHours(2));
        return meeting;
    }

    [Theory]
    [InlineData(QuorumThreshold.MoreThanHalf, 1, 1)]
    [InlineData(QuorumThreshold.MoreThanHalf, 4, 3)]
    [InlineData(QuorumThreshold.MoreThanHalf, 5, 3)]
    [InlineData(QuorumThreshold.MoreThanHalf, 20, 11)]
    [InlineData(QuorumThreshold.AtLeastHalf, 4, 2)]
    [InlineData(QuorumThreshold.AtLeastHalf, 5, 3)]
    [InlineData(QuorumThreshold.AtLeastTwoThirds, 3, 2)]
    [InlineData(QuorumThreshold.AtLeastTwoThirds, 4, 3)]
    [InlineData(QuorumThreshold.AtLeastTwoThirds, 6, 4)]
    public void Quorum_Required_FollowsTheThreshold(QuorumThreshold threshold, int members, int required) =>
        Assert.Equal(required, Quorum.Required(members, threshold));

    [Fact]
    public void Quorum_MoreThanHalf_ExactlyHalfIsNotEnough()
    {
        var (group, members, _) = GroupOf(4);
        var meeting = HeldMeeting(group, Now);
        meeting.RecordAttendance(group.Memberships, [
            new(members[0].Id, AttendanceKind.Present, null), new(members[1].Id, AttendanceKind.Present, null),
            new(members[2].Id, AttendanceKind.Absent, null), new(members[3].Id, AttendanceKind.Absent, null)], ["Vieras Asiantuntija"], Now);
        var quorum = Quorum.Of(4, meeting.Attendance, QuorumThreshold.MoreThanHalf);
        Assert.Equal((2, 3, false), (quorum.Attending, quorum.Required, quorum.Present));
        Assert.True(Quorum.Of(4, meeting.Attendance, QuorumThreshold.AtLeastHalf).Present);
    }

    [Fact]
    public void Quorum_ADeputyAttendingForAnAbsentMember_CountsForThatMember_AndGuestsNeverCount()
    {
        var (group, members, deputies) = GroupOf(3);
        var meeting = HeldMeeting(group, Now);
        meeting.RecordAttendance(group.Memberships, [
            new(members[0].Id, AttendanceKind.Present, null),
            new(members[1].Id, AttendanceKind.DeputyAttending, deputies[1].Id),
            new(members[2].Id, AttendanceKind.Absent, null)], ["Vieras Yksi", "Vieras Kaksi"], Now);

        var quorum = Quorum.Of(3, meeting.Attendance, QuorumThreshold.MoreThanHalf);
        Assert.Equal((3, 2, 2, true), (quorum.Members, quorum.Attending, quorum.Required, quorum.Present));
        var substitute = Assert.Single(meeting.Attendance, a => a.Kind == AttendanceKind.DeputyAttending);
        Assert.Equal((members[1].Person.Name, deputies[1].Person.Name), (substitute.Name, substitute.DeputyName));
        Assert.Equal(2, meeting.Attendance.Count(a => a.Kind == AttendanceKind.Guest));
    }

    [Fact]
    public void RecordAttendance_AnotherMembersDeputy_OrADeputyRecordedAsAMember_OrAMemberTwice_IsRefused()
    {
        var (group, members, deputies) = GroupOf(2);
        var meeting = HeldMeeting(group, Now);
        Assert.Equal(GovernanceRules.AttendanceWrongDeputy, Broken(() => meeting.RecordAttendance(group.Memberships,
            [new(members[0].Id, AttendanceKind.DeputyAttending, deputies[1].Id)], [], Now)));
        Assert.Equal(GovernanceRules.AttendanceWrongDeputy, Broken(() => meeting.RecordAttendance(group.Memberships,
            [new(members[0].Id, AttendanceKind.DeputyAttending, null)], [], Now)));
        Assert.Equal(GovernanceRules.AttendanceNotAMember, Broken(() => meeting.RecordAttendance(group.Memberships,
            [new(deputies[0].Id, AttendanceKind.Present, null)], [], Now)));
        Assert.Equal(GovernanceRules.AttendanceMemberTwice, Broken(() => meeting.RecordAttendance(group.Memberships,
            [new(members[0].Id, AttendanceKind.Present, null), new(members[0].Id, AttendanceKind.Absent, null)], [], Now)));
        Assert.Empty(meeting.Attendance);
    }

    [Fact]
    public void RecordAttendance_BeforeTheMeetingIsHeld_IsRefused()
    {
        var (group, members, _) = GroupOf(1);
        var meeting = Meeting.Plan(Guid.NewGuid(), group.Id, Now, Now.AddHours(1), MeetingMode.Remote, null, null, Now);
        Assert.Equal(GovernanceRules.MeetingNotHeld, Broken(() => meeting.RecordAttendance(group.Memberships, [new(members[0].Id, AttendanceKind.Present, null)], [], Now)));
        Assert.Equal(GovernanceRules.MeetingNotInvited, Broken(() => meeting.MarkHeld(Now)));
    }

    [Fact]
    public void MarkHeld_BeforeTheMeetingStarts_IsRefused_AndEveryChangeRaisesTheVersion()
    {
        var (group, _, _) = GroupOf(1);
        var meeting = Meeting.Plan(Guid.NewGuid(), group.Id, Now.AddDays(7), Now.AddDays(7).AddHours(2), MeetingMode.Remote, null, null, Now);
        Assert.Equal(1, meeting.Version);
        meeting.AddAgendaItem("Kuulumiset", AgendaItemKind.Information, null, null, null, Now);
        meeting.SendInvitation(1, Now);
        Assert.Equal(3, meeting.Version);
        Assert.Equal(GovernanceRules.MeetingNotStarted, Broken(() => meeting.MarkHeld(Now.AddDays(7).AddMinutes(-1))));
        Assert.Equal(GovernanceRules.MeetingStale, Broken(() => meeting.ExpectVersion(2)));
        meeting.ExpectVersion(3);
        meeting.ExpectVersion(null); // a client that does not say is not checked
        meeting.MarkHeld(Now.AddDays(7));
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void DraftMinutes_NumbersDecidedItemsInAgendaOrder_ContinuingTheGroupsYear()
    {
        var (group, _, _) = GroupOf(1);
        var meeting = HeldMeeting(group, new DateTime(2027, 3, 2, 7, 0, 0, DateTimeKind.Utc), "Talousarvio", "Kuulumiset", "Toimintasuunnitelma");
        var items = meeting.AgendaItems.OrderBy(i => i.Position).ToList();
        meeting.RecordItemMinutes(items[2].Id, "Keskusteltiin.", "Hyväksyttiin.", Now);
        meeting.RecordItemMinutes(items[0].Id, null, "Merkittiin tiedoksi.", Now);
        meeting.RecordItemMinutes(items[1].Id, "Kuulumiset kierros.", null, Now);

        var numbered = meeting.DraftMinutes(4, new HashSet<int> { 1, 2, 3 }, Now);

        Assert.Equal(MeetingStatus.MinutesDraft, meeting.Status);
        Assert.Equal(["§ 4/2027", "§ 5/2027"], numbered.Select(d => d.Label));
        Assert.Equal([items[0].Id, items[2].Id], numbered.Select(d => d.AgendaItemId));
        Assert.Null(meeting.DecisionLabel(items[1].Id));
        // A second draft numbers only what is new, and a numbered decision stays.
        Assert.Empty(meeting.DraftMinutes(6, new HashSet<int> { 1, 2, 3, 4, 5 }, Now));
        Assert.Equal(GovernanceRules.NumberedDecisionRequired, Broken(() => meeting.RecordItemMinutes(items[0].Id, null, null, Now)));
    }

    [Fact]
    public void DraftMinutes_TheYearIsTheMeetingsDayInHelsinki_NotInUtc()
    {
        var (group, _, _) = GroupOf(1);
        // 31 Dec 2026 22:30 UTC is 1 Jan 2027 00:30 in Helsinki (UTC+2).
        var newYearsNight = HeldMeeting(group, new DateTime(2026, 12, 31, 22, 30, 0, DateTimeKind.Utc), "Vuoden ensimmäinen asia");
        newYearsNight.RecordItemMinutes(newYearsNight.AgendaItems[0].Id, null, "Päätettiin.", Now);
        Assert.Equal("§ 1/2027", Assert.Single(newYearsNight.DraftMinutes(1, new HashSet<int>(), Now)).Label);

        // 31 Dec 2026 21:30 UTC is still 31 Dec 23:30 in Helsinki: the 2026 series continues.
        var lateDecember = HeldMeeting(group, new DateTime(2026, 12, 31, 21, 30, 0, DateTimeKind.Utc), "Vuoden viimeinen asia");
        lateDecember.RecordItemMinutes(lateDecember.AgendaItems[0].Id, null, "Päätettiin.", Now);
        Assert.Equal("§ 8/2026", Assert.Single(lateDecember.DraftMinutes(8, new HashSet<int>(Enumerable.Range(1, 7)), Now)).Label);
    }

    [Fact]
    public void DraftMinutes_ANumberAlreadyTaken_IsRefused()
    {
        var (group, _, _) = GroupOf(1);
        var meeting = HeldMeeting(group, Now, "Asia");
        meeting.RecordItemMinutes(meeting.AgendaItems[0].Id, null, "Päätettiin.", Now);
        Assert.Equal(GovernanceRules.DecisionNumberTaken, Broken(() => meeting.DraftMinutes(2, new HashSet<int> { 1, 2 }, Now)));
        Assert.Empty(meeting.Decisions);
    }

    [Fact]
    public void ApprovedMinutes_AreLocked()
    {
        var (group, members, _) = GroupOf(1);
        var meeting = HeldMeeting(group, Now, "Asia");
        var item = meeting.AgendaItems[0].Id;
        meeting.RecordItemMinutes(item, null, "Päätettiin.", Now);
        Assert.Equal(GovernanceRules.MinutesNotDrafted, Broken(() => meeting.ApproveMinutes("Puheenjohtaja", Now)));
        meeting.DraftMinutes(1, new HashSet<int>(), Now);
        meeting.ApproveMinutes("Pia Puheenjohtaja", Now);

        Assert.Equal(MeetingStatus.MinutesApproved, meeting.Status);
        Assert.Equal(GovernanceRules.MinutesLocked, Broken(() => meeting.RecordItemMinutes(item, null, "Toisin.", Now)));
        Assert.Equal(GovernanceRules.MinutesLocked, Broken(() => meeting.RecordAttendance(group.Memberships, [new(members[0].Id, AttendanceKind.Absent, null)], [], Now)));
        Assert.Equal(GovernanceRules.MinutesLocked, Broken(() => meeting.DraftMinutes(1, new HashSet<int>(), Now)));
        Assert.Equal(GovernanceRules.MinutesLocked, Broken(() => meeting.ApproveMinutes("Pia Puheenjohtaja", Now)));
        Assert.Equal("Päätettiin.", meeting.AgendaItems[0].Decision);
    }

    [Fact]
    public void CorrectMinutes_OnlyAfterApproval_AndATextNotGivenStays()
    {
        var (group, _, _) = GroupOf(1);
        var meeting = HeldMeeting(group, Now, "Asia");
        var item = meeting.AgendaItems[0].Id;
        meeting.RecordItemMinutes(item, "Keskusteltiin.", "Päätettiin.", Now);
        meeting.DraftMinutes(1, new HashSet<int>(), Now);
        Assert.Equal(GovernanceRules.MinutesNotApproved, Broken(() => meeting.CorrectMinutes(item, null, "Toisin.", Now)));
        meeting.ApproveMinutes("Pia Puheenjohtaja", Now);

        meeting.CorrectMinutes(item, null, "Päätettiin toisin.", Now);

        Assert.Equal(("Keskusteltiin.", "Päätettiin toisin."), (meeting.AgendaItems[0].Discussion, meeting.AgendaItems[0].Decision));
        Assert.Equal(MeetingStatus.MinutesApproved, meeting.Status);
        Assert.Equal("§ 1/" + Now.Year, meeting.DecisionLabel(item));
    }
}

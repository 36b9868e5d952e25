using Perheverkko.Web.Platform.Text;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Governance;

public sealed class GovernanceRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Mikkeli = Guid.NewGuid();
    private static readonly Guid Period = Guid.NewGuid();
    private static readonly PersonRef Anna = new(null, "Anna Esimerkki", "anna@perheverkko.example");
    private static readonly PersonRef Ville = new(null, "Ville Varamies", "ville@perheverkko.example");

    private static Group NewGroup() => Group.Create(Guid.NewGuid(), Guid.NewGuid(), "testi", GroupKind.Leadership, new LocalizedText("Testiryhmä"), "", 12,
        GroupVisibility.StaffOfParties, Now);

    private static Rule Broken(Action action) => Assert.ThrowsAny<DomainRuleViolation>(action).Rule;

    private static Meeting NewMeeting() => Meeting.Plan(Guid.NewGuid(), Guid.NewGuid(), Now.AddDays(30), Now.AddDays(30).AddHours(2), MeetingMode.Remote, null, null, Now);

    [Fact]
    public void AddMembership_MemberAsTheirOwnDeputy_IsRefused()
    {
        var group = NewGroup();
        var member = group.AddMembership(Anna, Mikkeli, MembershipRole.Member, null, new DateOnly(2026, 1, 1), null, Now);
        var sameByEmail = Anna with { Name = "Anna E." };
        Assert.Equal(GovernanceRules.DeputyOfSelf, Broken(() => group.AddMembership(sameByEmail, Mikkeli, MembershipRole.Deputy, member.Id, new DateOnly(2026, 1, 1), null, Now)));
        Assert.Single(group.Memberships);
    }

    [Fact]
    public void AddMembership_DeputyForAMember_IsAdded_AndADeputyWithoutAMemberIsRefused()
    {
        var group = NewGroup();
        var member = group.AddMembership(Anna, Mikkeli, MembershipRole.Member, null, new DateOnly(2026, 1, 1), null, Now);
        var deputy = group.AddMembership(Ville, Mikkeli, MembershipRole.Deputy, member.Id, new DateOnly(2026, 1, 1), null, Now);
        Assert.Equal(member.Id, deputy.DeputyForId);
        Assert.Equal(GovernanceRules.DeputyNeedsMember, Broken(() => group.AddMembership(Ville, Mikkeli, MembershipRole.Deputy, deputy.Id, new DateOnly(2026, 1, 1), null, Now)));
        Assert.Equal(GovernanceRules.DeputyNeedsMember, Broken(() => group.AddMembership(Ville, Mikkeli, MembershipRole.Deputy, null, new DateOnly(2026, 1, 1), null, Now)));
    }

    [Fact]
    public void AddMembership_MemberNamedForAnotherMember_IsRefused()
    {
        var group = NewGroup();
        var member = group.AddMembership(Anna, Mikkeli, MembershipRole.Member, null, new DateOnly(2026, 1, 1), null, Now);
        Assert.Equal(GovernanceRules.MemberHasNoDeputyFor, Broken(() => group.AddMembership(Ville, Mikkeli, MembershipRole.Member, member.Id, new DateOnly(2026, 1, 1), null, Now)));
        Assert.Single(group.Memberships);
    }

    [Fact]
    public void AddMembership_SamePersonInTheSameRoleForAnOverlappingTime_IsRefused_ButAfterTheFirstEndsIsFine()
    {
        var group = NewGroup();
        group.AddMembership(Anna, Mikkeli, MembershipRole.Member, null, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), Now);
        var sameByEmail = Anna with { Name = "Anna E." };
        Assert.Equal(GovernanceRules.AlreadyMember, Broken(() => group.AddMembership(sameByEmail, Mikkeli, MembershipRole.Member, null, new DateOnly(2026, 6, 1), null, Now)));
        group.AddMembership(Anna, Mikkeli, MembershipRole.Member, null, new DateOnly(2026, 7, 1), null, Now);
        Assert.Equal(2, group.Memberships.Count);
    }

    [Fact]
    public void AddMembership_EndingBeforeItStarts_IsRefused() =>
        Assert.Equal(GovernanceRules.EndsBeforeStarts, Broken(() => NewGroup().AddMembership(Anna, Mikkeli, MembershipRole.Member, null,
            new DateOnly(2026, 6, 1), new DateOnly(2026, 5, 31), Now)));

    [Fact]
    public void AssignRole_SecondChairInOnePeriod_IsRefused_ButAnotherPeriodOrViceChairIsFine()
    {
        var group = NewGroup();
        group.AssignRole(GroupRoleKind.Chair, Period, Anna, Now);
        Assert.Equal(GovernanceRules.RoleTaken, Broken(() => group.AssignRole(GroupRoleKind.Chair, Period, Ville, Now)));
        group.AssignRole(GroupRoleKind.ViceChair, Period, Ville, Now);
        group.AssignRole(GroupRoleKind.Chair, Guid.NewGuid(), Ville, Now);
        Assert.Equal(GovernanceRules.RoleTaken, Broken(() => group.AssignRole(GroupRoleKind.ViceChair, Period, Anna, Now)));
        Assert.Equal(3, group.Roles.Count);
    }

    [Fact]
    public void Plan_MeetingThatEndsBeforeItStarts_IsRefused()
    {
        Assert.Equal(GovernanceRules.MeetingEndsBeforeStart, Broken(() => Meeting.Plan(Guid.NewGuid(), Guid.NewGuid(), Now, Now.AddMinutes(-30), MeetingMode.Remote, null, null, Now)));
        Assert.Equal(GovernanceRules.MeetingEndsBeforeStart, Broken(() => Meeting.Plan(Guid.NewGuid(), Guid.NewGuid(), Now, Now, MeetingMode.Remote, null, null, Now)));
        var meeting = NewMeeting();
        Assert.Equal(GovernanceRules.MeetingEndsBeforeStart, Broken(() => meeting.Reschedule(Now, Now.AddHours(-1), MeetingMode.Remote, null, null, Now)));
    }

    [Fact]
    public void SendInvitation_WithAnEmptyAgenda_IsRefused_AndWithNoRecipientsToo()
    {
        var meeting = NewMeeting();
        Assert.Equal(GovernanceRules.AgendaEmpty, Broken(() => meeting.SendInvitation(5, Now)));
        meeting.AddAgendaItem("Kokouksen avaus", AgendaItemKind.Information, null, null, null, Now);
        Assert.Equal(GovernanceRules.NoMembers, Broken(() => meeting.SendInvitation(0, Now)));
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
    }

    [Fact]
    public void Sequence_StartsAtZero_AndRisesWithEachChangeInviteesMustHear()
    {
        var meeting = NewMeeting();
        meeting.AddAgendaItem("Kokouksen avaus", AgendaItemKind.Information, null, null, null, Now);
        Assert.False(meeting.Reschedule(Now.AddDays(31), Now.AddDays(31).AddHours(2), MeetingMode.Remote, null, null, Now)); // not invited yet
        meeting.SendInvitation(3, Now);
        Assert.Equal((MeetingStatus.Invited, 0), (meeting.Status, meeting.Sequence));
        Assert.False(meeting.Reschedule(meeting.StartsAt, meeting.EndsAt, meeting.Mode, meeting.Place, meeting.VideoLink, Now)); // nothing changed
        Assert.True(meeting.Reschedule(meeting.StartsAt, meeting.EndsAt, MeetingMode.Hybrid, "Mikkelin perhekeskus", null, Now));
        Assert.Equal(1, meeting.Sequence);
        meeting.SendInvitation(3, Now);
        Assert.Equal(2, meeting.Sequence);
        Assert.True(meeting.Cancel(Now));
        Assert.Equal((MeetingStatus.Cancelled, 3), (meeting.Status, meeting.Sequence));
        Assert.Equal(GovernanceRules.MeetingClosed, Broken(() => meeting.Cancel(Now)));
    }

    [Fact]
    public void SendInvitation_OnceTheMeetingHasStarted_IsRefused()
    {
        var meeting = NewMeeting();
        meeting.AddAgendaItem("Kokouksen avaus", AgendaItemKind.Information, null, null, null, Now);
        Assert.Equal(GovernanceRules.MeetingStarted, Broken(() => meeting.SendInvitation(3, meeting.StartsAt)));
        Assert.Equal(GovernanceRules.MeetingStarted, Broken(() => meeting.SendInvitation(3, meeting.StartsAt.AddMinutes(5))));
        meeting.SendInvitation(3, meeting.StartsAt.AddMinutes(-1));
        Assert.Equal(MeetingStatus.Invited, meeting.Status);
    }

    [Fact]
    public void Moving_an_item_up_or_down_shifts_the_items_between_and_keeps_their_text()
    {
        var meeting = NewMeeting();
        var a = meeting.AddAgendaItem("A", AgendaItemKind.Information, "Maija", "Kuvaus", null, Now);
        meeting.AddAgendaItem("B", AgendaItemKind.Discussion, null, null, null, Now);
        var c = meeting.AddAgendaItem("C", AgendaItemKind.Decision, null, null, null, Now);
        var version = meeting.Version;
        meeting.MoveAgendaItem(c.Id, 2, Now);
        Assert.Equal(["A", "C", "B"], meeting.AgendaItems.OrderBy(i => i.Position).Select(i => i.Title));
        meeting.MoveAgendaItem(a.Id, 9, Now); // past the end: last
        Assert.Equal(["C", "B", "A"], meeting.AgendaItems.OrderBy(i => i.Position).Select(i => i.Title));
        Assert.Equal(("Maija", "Kuvaus"), (a.Preparer, a.Description));
        Assert.Equal(version + 2, meeting.Version);
        Assert.Equal(GovernanceRules.AgendaItemNotFound, Broken(() => meeting.MoveAgendaItem(Guid.NewGuid(), 1, Now)));
    }

    [Fact]
    public void A_member_from_the_periods_first_day_is_current_on_that_day_and_not_the_day_before()
    {
        var group = NewGroup();
        var periodStart = new DateOnly(2026, 1, 1);
        var member = group.AddMembership(Anna, Mikkeli, MembershipRole.Member, null, periodStart, new DateOnly(2029, 12, 31), Now);
        Assert.True(member.IsCurrentOn(periodStart));
        Assert.False(member.IsCurrentOn(periodStart.AddDays(-1)));
        Assert.True(member.IsCurrentOn(new DateOnly(2029, 12, 31)));
        // The member of the previous period, to its last day, and the next one from the new period's first day do not overlap.
        var next = group.AddMembership(Anna, Mikkeli, MembershipRole.Member, null, new DateOnly(2030, 1, 1), null, Now);
        Assert.Equal([member.Id], group.CurrentMemberships(new DateOnly(2029, 12, 31)).Select(m => m.Id));
        Assert.Equal([next.Id], group.CurrentMemberships(new DateOnly(2030, 1, 1)).Select(m => m.Id));
    }

    [Fact]
    public void Agenda_items_keep_their_order_when_moved_and_removed()
    {
        var meeting = NewMeeting();
        var a = meeting.AddAgendaItem("A", AgendaItemKind.Information, null, null, null, Now);
        var b = meeting.AddAgendaItem("B", AgendaItemKind.Discussion, null, null, null, Now);
        var c = meeting.AddAgendaItem("C", AgendaItemKind.Decision, null, null, null, Now);
        meeting.UpdateAgendaItem(c.Id, "C", AgendaItemKind.Decision, null, null, null, 1, Now);
        Assert.Equal(["C", "A", "B"], meeting.AgendaItems.OrderBy(i => i.Position).Select(i => i.Title));
        meeting.RemoveAgendaItem(a.Id, Now);
        Assert.Equal([(1, "C"), (2, "B")], meeting.AgendaItems.OrderBy(i => i.Position).Select(i => (i.Position, i.Title)));
        Assert.Equal(GovernanceRules.AgendaItemNotFound, Broken(() => meeting.RemoveAgendaItem(a.Id, Now)));
        _ = b;
    }

    [Theory]
    [InlineData(12, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData(4, new[] { 1, 4, 7, 10 })]
    [InlineData(6, new[] { 1, 3, 5, 7, 9, 11 })]
    [InlineData(1, new[] { 1 })]
    public void The_years_meetings_are_spread_over_the_months_on_the_first_given_weekday(int perYear, int[] months)
    {
        var days = PlanYearOfMeetings.Days(2027, perYear, DayOfWeek.Tuesday).ToList();
        Assert.Equal(months, days.Select(d => d.Month));
        Assert.All(days, d => Assert.Equal(DayOfWeek.Tuesday, d.DayOfWeek));
        Assert.All(days, d => Assert.True(d.Day <= 7));
    }

    [Fact]
    public void Helsinki_time_is_stored_in_UTC_across_summer_time()
    {
        Assert.Equal(new DateTime(2027, 1, 12, 7, 0, 0, DateTimeKind.Utc), HelsinkiTime.ToUtc(new DateOnly(2027, 1, 12), new TimeOnly(9, 0)));
        Assert.Equal(new DateTime(2027, 6, 8, 6, 0, 0, DateTimeKind.Utc), HelsinkiTime.ToUtc(new DateOnly(2027, 6, 8), new TimeOnly(9, 0)));
    }

    [Fact]
    public void Agenda_markdown_is_rendered_and_scripts_are_removed()
    {
        var html = SafeMarkdown.ToSafeHtml("**Tärkeä** asia\n\n<script>alert(1)</script>\n\n[linkki](javascript:alert(1)) <img src=x onerror=alert(1)>");
        Assert.Contains("<strong>Tärkeä</strong>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Forms_and_images_from_other_origins_are_dropped_from_public_text()
    {
        var html = SafeMarkdown.ToSafeHtml(
            "Kirjaudu:\n\n<form action=\"https://evil.example/\"><input name=\"password\"><button>OK</button><textarea></textarea></form>\n\n" +
            "![seuranta](https://tracker.example/p.gif) ![](//tracker.example/q.gif) <img src=\"data:image/png;base64,AAAA\"> ![logo](/images/logo.png)");
        foreach (var gone in new[] { "<form", "<input", "<button", "<textarea", "tracker.example", "data:" })
            Assert.DoesNotContain(gone, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kirjaudu:", html);
        Assert.Contains("src=\"/images/logo.png\"", html);
    }
}

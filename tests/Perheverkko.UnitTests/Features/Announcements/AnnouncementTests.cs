using Perheverkko.Web.Features.Announcements;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Announcements;

public sealed class AnnouncementTests
{
    private static readonly DateTime Start = new(2027, 3, 2, 7, 0, 0, DateTimeKind.Utc);

    private static AnnouncementContent Content(DateTime from, DateTime? until) =>
        new(new LocalizedText("Vauvaryhmä alkaa"), new LocalizedText("Tervetuloa!"), null, null, null, from, until);

    private static Announcement New(DateTime? until = null) => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Content(Start, until), Start.AddDays(-1));

    [Fact]
    public void An_end_not_after_the_start_is_refused_on_writing_and_on_changing()
    {
        Assert.Equal("announcement.ends_before_start", Assert.Throws<DomainRuleViolation>(() => New(Start.AddMinutes(-1))).Rule.Code);
        Assert.Equal(AnnouncementsRules.EndsBeforeStart, Assert.Throws<DomainRuleViolation>(() => New(Start)).Rule);
        var announcement = New();
        Assert.Equal(AnnouncementsRules.EndsBeforeStart, Assert.Throws<DomainRuleViolation>(() => announcement.Change(1, Content(Start, Start.AddHours(-2)), Start)).Rule);
        Assert.Equal(1, announcement.Version);
        Assert.Null(announcement.PublishUntil);
    }

    [Fact]
    public void The_state_follows_the_clock_and_a_withdrawal()
    {
        var announcement = New(Start.AddDays(7));
        Assert.Equal(AnnouncementState.Scheduled, announcement.StateAt(Start.AddSeconds(-1)));
        Assert.Equal(AnnouncementState.Published, announcement.StateAt(Start));
        Assert.Equal(AnnouncementState.Published, announcement.StateAt(Start.AddDays(7).AddSeconds(-1)));
        Assert.Equal(AnnouncementState.Ended, announcement.StateAt(Start.AddDays(7)));
        announcement.Withdraw(1, Start.AddDays(1));
        Assert.Equal(AnnouncementState.Withdrawn, announcement.StateAt(Start.AddDays(2)));
        Assert.Equal(AnnouncementState.Withdrawn, announcement.StateAt(Start.AddDays(-2)));
    }

    [Fact]
    public void A_stale_version_is_refused_and_a_withdrawn_announcement_stays_as_it_is()
    {
        var announcement = New();
        Assert.Equal("announcement.stale", Assert.Throws<DomainRuleViolation>(() => announcement.Change(2, Content(Start, null), Start)).Rule.Code);
        Assert.Equal(AnnouncementsRules.Stale, Assert.Throws<DomainRuleViolation>(() => announcement.Withdraw(0, Start)).Rule);
        announcement.Change(1, Content(Start.AddDays(1), null) with { Title = new LocalizedText("Uusi otsikko") }, Start);
        Assert.Equal((2, "Uusi otsikko"), (announcement.Version, announcement.Title.Fi));
        announcement.Withdraw(2, Start);
        Assert.Equal("announcement.withdrawn", Assert.Throws<DomainRuleViolation>(() => announcement.Withdraw(3, Start)).Rule.Code);
        Assert.Equal(AnnouncementsRules.Withdrawn, Assert.Throws<DomainRuleViolation>(() => announcement.Change(3, Content(Start, null), Start)).Rule);
        Assert.Equal("Uusi otsikko", announcement.Title.Fi);
    }

    [Fact]
    public void A_link_is_kept_only_whole()
    {
        var announcement = new Announcement(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            Content(Start, null) with { LinkKind = DirectoryLinkKind.Service, LinkId = null }, Start);
        Assert.Null(announcement.LinkKind);
        Assert.Equal((DirectoryLinkKind.Activity, (Guid?)Guid.Empty), DirectoryLink.Parse($"Activity:{Guid.Empty}") is var (k, id) ? (k!.Value, id) : default);
        Assert.Equal((null, null), DirectoryLink.Parse(""));
        Assert.False(Enum.IsDefined(DirectoryLink.Parse("Nonsense:1").Kind!.Value));
    }
}

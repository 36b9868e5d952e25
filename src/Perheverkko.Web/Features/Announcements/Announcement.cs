using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>What an announcement is in at a moment: derived from the clock, never stored.</summary>
public enum AnnouncementState { Scheduled, Published, Ended, Withdrawn }

/// <summary>The kinds of directory item an announcement may link to.</summary>
public enum DirectoryLinkKind { Service, MeetingPlace, Activity, FamilyCentre }

/// <summary>What the author writes: the texts, for whom (a municipality, or the whole region), the link and the publishing window (UTC).</summary>
public sealed record AnnouncementContent(LocalizedText Title, LocalizedText Body, Guid? MunicipalityId, DirectoryLinkKind? LinkKind, Guid? LinkId,
    DateTime PublishFrom, DateTime? PublishUntil);

/// <summary>
/// An announcement for families (issue #18 item 1; 001 §14): news, seasonal changes, a new group starting. Written by staff
/// of a party for their municipality or the whole region, public from <see cref="PublishFrom"/> until
/// <see cref="PublishUntil"/> (open-ended without it) unless withdrawn.
/// </summary>
public sealed class Announcement : IRegionOwned
{
    public const int TitleMaxLength = 150;
    public const int BodyMaxLength = 4000;

    private Announcement() { }

    public Announcement(Guid id, Guid regionId, Guid organisationId, AnnouncementContent content, DateTime now)
    {
        Check(content);
        Id = id; RegionId = regionId; OrganisationId = organisationId; CreatedAt = now; Version = 1;
        Apply(content, now);
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    /// <summary>The author's organisation: its representatives and professionals keep it, the region's coordinators any.</summary>
    public Guid OrganisationId { get; private set; }
    /// <summary>Null: the whole region.</summary>
    public Guid? MunicipalityId { get; private set; }
    public LocalizedText Title { get; private set; } = new("");
    /// <summary>Markdown, shown through SafeMarkdown.</summary>
    public LocalizedText Body { get; private set; } = new("");
    public DirectoryLinkKind? LinkKind { get; private set; }
    public Guid? LinkId { get; private set; }
    public DateTime PublishFrom { get; private set; }
    public DateTime? PublishUntil { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public AnnouncementState StateAt(DateTime now) =>
        WithdrawnAt is not null ? AnnouncementState.Withdrawn
        : now < PublishFrom ? AnnouncementState.Scheduled
        : PublishUntil is { } until && now >= until ? AnnouncementState.Ended
        : AnnouncementState.Published;

    public void Change(int version, AnnouncementContent content, DateTime now)
    {
        RuleCheck.That(WithdrawnAt is null, AnnouncementsRules.Withdrawn);
        RuleCheck.That(version == Version, AnnouncementsRules.Stale);
        Check(content);
        Apply(content, now);
        Version++;
    }

    /// <summary>Takes the announcement off every public page and feed at once, whatever its window says.</summary>
    public void Withdraw(int version, DateTime now)
    {
        RuleCheck.That(WithdrawnAt is null, AnnouncementsRules.Withdrawn);
        RuleCheck.That(version == Version, AnnouncementsRules.Stale);
        WithdrawnAt = now; UpdatedAt = now;
        Version++;
    }

    public static void Check(AnnouncementContent content) =>
        RuleCheck.That(content.PublishUntil is not { } until || until > content.PublishFrom, AnnouncementsRules.EndsBeforeStart);

    private void Apply(AnnouncementContent content, DateTime now)
    {
        Title = content.Title; Body = content.Body; MunicipalityId = content.MunicipalityId;
        LinkKind = content.LinkId is null ? null : content.LinkKind; LinkId = content.LinkKind is null ? null : content.LinkId;
        PublishFrom = content.PublishFrom; PublishUntil = content.PublishUntil; UpdatedAt = now;
    }
}

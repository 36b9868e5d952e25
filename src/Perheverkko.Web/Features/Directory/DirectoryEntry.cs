using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// What meeting places, services and activities share: a name and description in three languages, the organisation
/// that maintains it, the publication state, and the version a form or API call must carry to be accepted.
/// </summary>
public abstract class DirectoryEntry : IRegionOwned
{
    public const int DescriptionMaxLength = 4000;

    public Guid Id { get; protected set; }
    /// <summary>The region of the maintaining organisation.</summary>
    public Guid RegionId { get; protected set; }
    public LocalizedText Name { get; protected set; } = new("");
    /// <summary>Markdown, sanitised when shown.</summary>
    public LocalizedText Description { get; protected set; } = new("");
    /// <summary>Who maintains the entry (for an activity, the responsible party); its staff edit it.</summary>
    public Guid OrganisationId { get; protected set; }
    public PublicationState State { get; protected set; }
    /// <summary>Incremented on every change; a form or API call that carries an older one is refused.</summary>
    public int Version { get; protected set; }
    public DateTime CreatedAt { get; protected set; }
    public DateTime UpdatedAt { get; protected set; }
    public DateTime? PublishedAt { get; protected set; }
    /// <summary>Fictional demo content, seeded only with <c>Seed:DemoData</c>.</summary>
    public bool IsDemo { get; protected set; }

    public bool IsPublished => State == PublicationState.Published;

    protected void Begin(Guid id, Guid regionId, DateTime now, bool demo)
    {
        Id = id; RegionId = regionId; Version = 1; CreatedAt = now; UpdatedAt = now; State = PublicationState.Draft; IsDemo = demo;
    }

    protected void BeginChange(int expectedVersion) => RuleCheck.That(expectedVersion == Version, DirectoryRules.Stale);

    protected void Changed(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }

    /// <summary>Draft → published → archived; an archived entry can go back to draft, a draft straight to the archive.</summary>
    public void MoveTo(int expectedVersion, PublicationState target, DateTime now) => MoveTo(expectedVersion, target, now, CheckPublishable);

    /// <param name="checkPublishable">Refuses publication when something is missing (an activity passes in what its people lack).</param>
    protected void MoveTo(int expectedVersion, PublicationState target, DateTime now, Action checkPublishable)
    {
        BeginChange(expectedVersion);
        var allowed = (State, target) is (PublicationState.Draft, PublicationState.Published) or (PublicationState.Published, PublicationState.Archived)
            or (PublicationState.Draft, PublicationState.Archived) or (PublicationState.Archived, PublicationState.Draft)
            or (PublicationState.Published, PublicationState.Draft);
        RuleCheck.That(allowed, DirectoryRules.TransitionNotAllowed);
        if (target == PublicationState.Published) checkPublishable();
        State = target;
        if (target == PublicationState.Published) PublishedAt = now;
        Changed(now);
    }

    /// <summary>Refuses publication when something required for the public is missing.</summary>
    protected virtual void CheckPublishable() { }

    protected static void CheckAges(int? ageMin, int? ageMax) =>
        RuleCheck.That(ageMin is null || ageMax is null || ageMin <= ageMax, DirectoryRules.AgeRangeInvalid);
}

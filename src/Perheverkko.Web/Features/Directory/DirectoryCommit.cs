using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// Saves a directory change and its search-index row in one transaction, so search never finds an item that was not
/// saved, nor misses one that was. A concurrent save that got there first is a stale edit, as a newer version is.
/// </summary>
public sealed class DirectoryCommit(PerheverkkoDb db, DirectorySearchDocuments search)
{
    /// <summary>Whether every place the entry points at is published or the entry's own organisation's (checked again when it is published).</summary>
    public async Task<bool> PlacesArePublicOrOwnAsync(Guid owner, IReadOnlyList<Guid> placeIds, CancellationToken cancellationToken) =>
        placeIds.Count == 0 || !await db.MeetingPlaces.AnyAsync(x => placeIds.Contains(x.Id) && x.State != PublicationState.Published && x.OrganisationId != owner, cancellationToken);

    public async Task SaveAsync(DirectoryEntry entry, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleViolation(DirectoryRules.Stale);
        }
        await search.SyncAsync(entry, cancellationToken);
        // The activities at a place carry its name in their index rows: renamed or taken back to draft, they follow.
        if (entry is MeetingPlace place)
            foreach (var activity in await db.Activities.Where(a => a.MeetingPlaceId == place.Id && a.State == PublicationState.Published).ToListAsync(cancellationToken))
                await search.SyncAsync(activity, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Which of the referenced rows exist, checked before anything is changed. A meeting place must be published or the
    /// <paramref name="owner"/>'s own: pointing at another organisation's draft would publish it with the entry (issue #12 item 4).
    /// </summary>
    public async Task CheckReferencesAsync(InputCheck check, Guid? owner, Guid? municipalityId, bool municipalityRequired, Guid? meetingPlaceId,
        IReadOnlyList<Guid> organisationIds, IReadOnlyList<Guid> meetingPlaceIds, CancellationToken cancellationToken)
    {
        if (municipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m, cancellationToken))
            check.That(false, "municipalityId", "validation.unknown");
        if (municipalityId is null && municipalityRequired) check.That(false, "municipalityId", "validation.required");
        var places = meetingPlaceIds.Concat(meetingPlaceId is { } p ? [p] : []).Distinct().ToList();
        var found = await db.MeetingPlaces.Where(x => places.Contains(x.Id) && x.State != PublicationState.Archived)
            .Select(x => new { x.State, x.OrganisationId }).ToListAsync(cancellationToken);
        var placeField = meetingPlaceId is null ? "meetingPlaceIds" : "meetingPlaceId";
        if (found.Count != places.Count) check.That(false, placeField, "validation.unknown");
        else if (found.Any(x => x.State != PublicationState.Published && x.OrganisationId != owner)) check.That(false, placeField, "validation.meeting_place_not_public");
        var organisations = organisationIds.Distinct().ToList();
        if (await db.Organisations.Where(x => organisations.Contains(x.Id)).CountAsync(cancellationToken) != organisations.Count)
            check.That(false, "coOrganiserIds", "validation.unknown");
    }
}

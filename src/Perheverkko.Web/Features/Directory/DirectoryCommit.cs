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
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Which of the referenced rows exist, checked before anything is changed.</summary>
    public async Task CheckReferencesAsync(InputCheck check, Guid? municipalityId, bool municipalityRequired, Guid? meetingPlaceId,
        IReadOnlyList<Guid> organisationIds, IReadOnlyList<Guid> meetingPlaceIds, CancellationToken cancellationToken)
    {
        if (municipalityId is { } m && !await db.Municipalities.AnyAsync(x => x.Id == m, cancellationToken))
            check.That(false, "municipalityId", "validation.unknown");
        if (municipalityId is null && municipalityRequired) check.That(false, "municipalityId", "validation.required");
        var places = meetingPlaceIds.Concat(meetingPlaceId is { } p ? [p] : []).Distinct().ToList();
        var foundPlaces = await db.MeetingPlaces.Where(x => places.Contains(x.Id) && x.State != PublicationState.Archived).CountAsync(cancellationToken);
        if (foundPlaces != places.Count) check.That(false, meetingPlaceId is null ? "meetingPlaceIds" : "meetingPlaceId", "validation.unknown");
        var organisations = organisationIds.Distinct().ToList();
        if (await db.Organisations.Where(x => organisations.Contains(x.Id)).CountAsync(cancellationToken) != organisations.Count)
            check.That(false, "coOrganiserIds", "validation.unknown");
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>A service or meeting place by its PTV kind (another region's reads as not found, by the region query filter).</summary>
public static class PtvEntries
{
    public static async Task<PtvSyncedEntry?> FindAsync(PerheverkkoDb db, PtvEntryKind kind, Guid entryId, CancellationToken cancellationToken) =>
        kind == PtvEntryKind.Service
            ? await db.Services.SingleOrDefaultAsync(s => s.Id == entryId, cancellationToken)
            : await db.MeetingPlaces.SingleOrDefaultAsync(p => p.Id == entryId, cancellationToken);

    public static async Task<PtvSyncedEntry> GetAsync(PerheverkkoDb db, PtvEntryKind kind, Guid entryId, CancellationToken cancellationToken) =>
        await FindAsync(db, kind, entryId, cancellationToken)
            ?? throw new NotFoundException(kind == PtvEntryKind.Service ? DirectoryRules.ServiceNotFound : DirectoryRules.MeetingPlaceNotFound);
}

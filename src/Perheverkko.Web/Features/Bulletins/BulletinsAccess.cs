using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// The access objects of bulletins: region-level (no organisation), so only the region's administrators and the
/// coordinator send, and all of the region's staff read the web copy.
/// </summary>
internal static class BulletinsAccess
{
    public static AccessObject Of(Bulletin bulletin) => new(nameof(Bulletin), bulletin.Id, bulletin.RegionId);

    /// <summary>The region's bulletins as a whole (a new one, the list).</summary>
    public static AccessObject OfRegion(Actor? actor) => new(nameof(Bulletin), null, actor?.RegionId ?? Guid.Empty);

    /// <summary>The bulletin, unless unknown or of another region (both read as not found).</summary>
    public static async Task<Bulletin> LoadAsync(PerheverkkoDb db, Actor? actor, Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Bulletins : db.Bulletins.AsNoTracking();
        var bulletin = await query.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bulletin is null || (actor is { IsNational: false } && bulletin.RegionId != actor.RegionId)) throw new NotFoundException(BulletinsRules.NotFound);
        return bulletin;
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>Which region a new record belongs to.</summary>
public sealed class RegionQueries(PerheverkkoDb db)
{
    /// <summary>
    /// A regional staff member's records go to their own region. A national administrator's go to the only region of a
    /// single-region deployment; with several, the request must name one (<paramref name="regionSlug"/>).
    /// </summary>
    public async Task<Guid> RegionForNewRecordAsync(Actor actor, string? regionSlug, CancellationToken cancellationToken)
    {
        if (actor.RegionId is { } own) return own;
        if (regionSlug is not null)
            return await db.Regions.Where(r => r.Slug == regionSlug).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(OrganisationRules.RegionNotFound);
        var regions = await db.Regions.Select(r => r.Id).Take(2).ToListAsync(cancellationToken);
        RuleCheck.That(regions.Count == 1, OrganisationRules.RegionRequired);
        return regions[0];
    }
}

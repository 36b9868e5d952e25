using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>Loads the reader's region's plan of a year with its goals and resources, for a change; another region's is not found.</summary>
internal static class ActionPlanLoader
{
    public static async Task<ActionPlan> LoadAsync(PerheverkkoDb db, Actor? actor, int year, CancellationToken cancellationToken)
    {
        var region = actor?.RegionId ?? Guid.Empty;
        return await db.ActionPlans.Include(p => p.Goals).ThenInclude(g => g.Resources)
            .SingleOrDefaultAsync(p => p.RegionId == region && p.Year == year, cancellationToken) ?? throw new NotFoundException(ActionPlanRules.NotFound);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// A region's Perheneuvo settings. Every region has them (seeded at start and by <c>AddRegion</c>), so a missing row is
/// a region that does not exist: not found. One rule for every reader instead of each inventing its own fallback.
/// </summary>
internal static class AdviceSettingsLoader
{
    /// <param name="tracked">For a change to the settings; reads take them untracked.</param>
    public static async Task<AdviceSettings> AdviceSettingsOfAsync(this PerheverkkoDb db, Guid regionId, CancellationToken cancellationToken, bool tracked = false)
    {
        // The region is named explicitly, so the caller's region filter adds nothing (a family's form has no region of its own).
        var query = db.AdviceSettings.AcrossRegions();
        if (!tracked) query = query.AsNoTracking();
        return await query.SingleOrDefaultAsync(s => s.RegionId == regionId, cancellationToken) ?? throw new NotFoundException(FamilyAdviceRules.NotFound);
    }
}

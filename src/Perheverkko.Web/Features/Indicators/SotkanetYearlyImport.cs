using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>
/// Once a year (from <see cref="IndicatorOptions.ImportMonth"/>), for each region that follows indicators and has imported
/// nothing yet this year, fetches the previous years from Sotkanet. Off unless <c>Indicators:SotkanetBaseAddress</c> is set.
/// A failed fetch is logged and tried again on the next day's run.
/// </summary>
public sealed class SotkanetYearlyImport(PerheverkkoDb db, FetchIndicatorValues fetch, SotkanetClient sotkanet, IndicatorOptions options,
    TimeProvider clock, ILogger<SotkanetYearlyImport> logger) : IScheduledJob
{
    public string Name => "indicator-import";
    public TimeSpan Interval => TimeSpan.FromHours(24);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!sotkanet.IsConfigured) return;
        var today = HelsinkiTime.Today(clock);
        if (today.Month < options.ImportMonth) return;
        var yearStart = HelsinkiTime.ToUtc(new DateOnly(today.Year, 1, 1), TimeOnly.MinValue);
        var regionIds = await db.Indicators.AsNoTracking().AcrossRegions().Select(i => i.RegionId).Distinct().ToListAsync(cancellationToken);
        foreach (var regionId in regionIds)
        {
            if (await db.IndicatorValues.AsNoTracking().AcrossRegions().AnyAsync(v => v.RegionId == regionId && v.ImportedAt >= yearStart, cancellationToken)) continue;
            try { await fetch.HandleAsync(Actor.System, new FetchIndicatorValues.Request(regionId), cancellationToken); }
            catch (DomainRuleViolation e) { logger.LogWarning("Sotkanet import of region {Region} failed: {Code}", regionId, e.Rule.Code); }
            db.ChangeTracker.Clear();
        }
    }
}

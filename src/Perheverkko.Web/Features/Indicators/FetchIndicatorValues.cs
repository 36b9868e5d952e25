using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>
/// Fetches the region's indicators from Sotkanet (its regions list, then the data for the years) and imports them the same
/// way as a file (<see cref="ImportIndicatorValues"/>): all or nothing. Used by the staff page, the API, the command line
/// (<c>indicators fetch</c>) and the yearly job.
/// </summary>
public sealed class FetchIndicatorValues(PerheverkkoDb db, AccessControl access, SotkanetClient sotkanet, ImportIndicatorValues import,
    RegionAddressQueries regions, IndicatorOptions options, TimeProvider clock)
{
    /// <param name="RegionId">None: the caller's region (the command line and the job name it).</param>
    /// <param name="FromYear">None: <see cref="IndicatorOptions.YearsBack"/> years before this one.</param>
    /// <param name="ToYear">None: last year.</param>
    public sealed record Request(Guid? RegionId = null, int? FromYear = null, int? ToYear = null);

    public async Task<ImportIndicatorValues.Result> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var regionId = request.RegionId ?? await regions.IdForAsync(actor, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageIndicators, IndicatorAccess.Of(regionId), cancellationToken);
        var thisYear = HelsinkiTime.Today(clock).Year;
        var to = request.ToYear ?? thisYear - 1;
        var from = request.FromYear ?? to - options.YearsBack + 1;
        new InputCheck()
            .That(from >= ImportIndicatorValues.FirstYear && to <= thisYear + 1 && from <= to && to - from < 50, "fromYear", "validation.range", ImportIndicatorValues.FirstYear, thisYear + 1)
            .ThrowIfInvalid();
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.RegionId == regionId).Select(i => i.SotkanetId).OrderBy(i => i).ToListAsync(cancellationToken);
        if (indicators.Count == 0) return new ImportIndicatorValues.Result(0, 0);
        var regionsList = await sotkanet.RegionsAsync(cancellationToken);
        var data = await sotkanet.DataAsync(indicators, Enumerable.Range(from, to - from + 1).ToList(), cancellationToken);
        return await import.ImportAsync(allowed, regionId, data, regionsList, "sotkanet", cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>One indicator with its values: one row per municipality, one column per year (null: no value).</summary>
public sealed record IndicatorSeries(Guid Id, int SotkanetId, LocalizedText Name, IReadOnlyList<int> Years,
    IReadOnlyList<MunicipalitySeries> Municipalities);

public sealed record MunicipalitySeries(Guid MunicipalityId, LocalizedText Name, IReadOnlyList<double?> Values);

/// <summary>The region's indicators for staff; <paramref name="MayManage"/>: whether the reader may choose and import them.</summary>
public sealed record IndicatorsView(IReadOnlyList<IndicatorSeries> Indicators, bool MayManage, bool SotkanetConfigured);

/// <summary>The reads of indicators: the staff page and the annual report's section. Public indicator data is not small-cell suppressed.</summary>
public sealed class IndicatorsQueries(PerheverkkoDb db, AccessControl access, RegionAddressQueries regions, SotkanetClient sotkanet)
{
    public async Task<IndicatorsView> StaffViewAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, IndicatorAccess.Of(regionId), cancellationToken);
        var mayManage = await access.PermitsAsync(actor, StaffAction.ManageIndicators, IndicatorAccess.Of(regionId), cancellationToken);
        return new IndicatorsView(await SeriesAsync(regionId, null, cancellationToken), mayManage, sotkanet.IsConfigured);
    }

    /// <summary>The region's indicators with every year that has values (up to <paramref name="untilYear"/> when given).</summary>
    public async Task<IReadOnlyList<IndicatorSeries>> SeriesAsync(Guid regionId, int? untilYear, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().AcrossRegions().Where(i => i.RegionId == regionId).OrderBy(i => i.SotkanetId).ToListAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking().AcrossRegions().Where(v => v.RegionId == regionId && (untilYear == null || v.Year <= untilYear))
            .Select(v => new { v.IndicatorId, v.MunicipalityId, v.Year, v.Value }).ToListAsync(cancellationToken);
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .OrderBy(m => m.Name.Fi, FinnishOrder).ToList();
        return indicators.Select(i =>
        {
            var own = values.Where(v => v.IndicatorId == i.Id).ToList();
            var years = own.Select(v => v.Year).Distinct().Order().ToList();
            var rows = municipalities.Where(m => own.Any(v => v.MunicipalityId == m.Id))
                .Select(m => new MunicipalitySeries(m.Id, m.Name, years.Select(y => own.FirstOrDefault(v => v.MunicipalityId == m.Id && v.Year == y)?.Value).ToList()))
                .ToList();
            return new IndicatorSeries(i.Id, i.SotkanetId, i.Title, years, rows);
        }).ToList();
    }

    /// <summary>A series as the report's line chart: years as categories, one line per municipality.</summary>
    public static ReportChart ChartOf(IndicatorSeries series, string language, string valueLabel) =>
        new(series.Name.In(language), ReportChartKind.Line, valueLabel, series.Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            series.Municipalities.Select(m => new ReportSeries(m.Name.In(language), m.Values)).ToList());

    private static readonly StringComparer FinnishOrder = StringComparer.Create(new System.Globalization.CultureInfo("fi"), false);
}

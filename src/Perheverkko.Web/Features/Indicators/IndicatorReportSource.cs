using System.Globalization;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>The annual report's indicator section (order 80): each indicator as a table and a line chart per municipality over
/// the years up to the report's. Indicator data is public statistics and is not small-cell suppressed (issue #17 item 4).</summary>
public sealed class IndicatorReportSource(IndicatorsQueries queries, Texts texts) : IAnnualReportSource
{
    public int Order => 80;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var series = (await queries.SeriesAsync(regionId, year, cancellationToken)).Where(s => s.Years.Count > 0).ToList();
        if (series.Count == 0) return null;
        string T(string key) => texts.Get(language, key);
        var tables = series.Select(s => new ExportTable(s.Name.In(language),
            [T("indicators.municipality"), .. s.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            s.Municipalities.Select(m => (IReadOnlyList<TableCell>)[TableCell.Of(m.Name.In(language)),
                .. m.Values.Select(v => v is { } d ? TableCell.Of((decimal)Math.Round(d, 2)) : TableCell.Of(""))]).ToList())
        { Notes = [string.Format(CultureInfo.InvariantCulture, T("indicators.source_note"), s.SotkanetId)] }).ToList();
        var charts = series.Select(s => IndicatorsQueries.ChartOf(s, language, T("indicators.value"))).ToList();
        return new AnnualReportSection("indicators", T("indicators.report_title"), [T("indicators.report_lead")], tables, charts);
    }
}

using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>The annual report's Perheneuvo section (order 50): the channel's figures of the year, already small-cell suppressed by <see cref="AdviceStatisticsQueries.AnnualFiguresAsync"/>.</summary>
public sealed class PerheneuvoReportSection(AdviceStatisticsQueries statistics, Texts texts) : IAnnualReportSource
{
    public int Order => 50;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var figures = await statistics.AnnualFiguresAsync(regionId, year, language, cancellationToken);
        var tables = figures.Exports;
        if (tables.Count == 0) return null;
        return new AnnualReportSection("perheneuvo", texts.Get(language, "annualreport.perheneuvo.title"), [texts.Get(language, "annualreport.perheneuvo.lead"), .. figures.Notes], tables, []);
    }
}

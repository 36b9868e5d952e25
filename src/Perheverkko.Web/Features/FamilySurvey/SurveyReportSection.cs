using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Statistics;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>The annual report's section of the family survey (Order 60, 001 §18): the suppressed tables and a bar chart per question.</summary>
public sealed class SurveyReportSection(SurveyResultsQueries results, Texts texts) : IAnnualReportSource
{
    public int Order => 60;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var view = await results.OfYearAsync(regionId, year, language, cancellationToken);
        if (view is null) return null;
        // The chart's bars are the option totals as a table shows them: a hidden total is a missing bar.
        var charts = view.Questions.Select(q => new ReportChart(q.Text, ReportChartKind.Bar, texts.In(language, "survey.results.answers"), q.Categories,
            [new ReportSeries(texts.In(language, "survey.results.answers"),
                [.. ((q.ByMunicipality ?? q.ByAgeGroup)?.ColumnTotals ?? [.. q.Categories.Select(_ => (int?)null)]).Select(c => c is { } n ? (double?)n : null)])])).ToList();
        return new AnnualReportSection("survey", texts.In(language, "survey.report.title"),
            [texts.In(language, "survey.report.lead", year, SmallCells.Text(view.Responses)), .. view.Notes], view.Exports, charts);
    }
}

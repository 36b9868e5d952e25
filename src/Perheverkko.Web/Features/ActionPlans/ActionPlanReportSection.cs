using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>The annual report's first section (Order 10): the year's action plan in brief — its state, the leadership group's decision and goals per area.</summary>
public sealed class ActionPlanReportSection(ActionPlanQueries queries, Texts texts) : IAnnualReportSource
{
    public int Order => 10;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        if (await queries.YearSummaryAsync(regionId, year, cancellationToken) is not { } plan) return null;
        var paragraphs = new List<string>
        {
            texts.In(language, "actionplan.report.state", year, texts.In(language, $"actionplan.state.{plan.State.ToString().ToLowerInvariant()}")),
        };
        if (plan.DecisionLabel is { } label) paragraphs.Add(texts.In(language, "actionplan.report.decision", label, plan.ProcessedOn?.ToString("d.M.yyyy") ?? ""));
        var table = new ExportTable(texts.In(language, "actionplan.report.table"),
            [texts.In(language, "actionplan.area"), texts.In(language, "actionplan.report.goals")],
            plan.GoalsPerArea.Select(a => (IReadOnlyList<TableCell>)[TableCell.Of(texts.In(language, $"actionplan.area.{a.Key.ToString().ToLowerInvariant()}")), TableCell.Of(a.Value)]).ToList());
        return new AnnualReportSection("action-plan", texts.In(language, "actionplan.report.title", year), paragraphs, [table], []);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>
/// The annual report's section of the municipal evaluations (Order 70, 001 §18): how many municipalities submitted,
/// and the submitted statuses per municipality and goal as a table. No counts of people, so no small-cell rule; the
/// narratives stay in the forms.
/// </summary>
public sealed class EvaluationsReportSection(PerheverkkoDb db, EvaluationsQueries queries, Texts texts) : IAnnualReportSource
{
    public int Order => 70;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var municipalities = await queries.MunicipalitiesAsync(regionId, cancellationToken);
        var submitted = await db.MunicipalEvaluations.AsNoTracking().AcrossRegions().Include(e => e.Rows)
            .Where(e => e.RegionId == regionId && e.Year == year && e.State == EvaluationState.Submitted).ToListAsync(cancellationToken);
        if (submitted.Count == 0 && !await db.MunicipalEvaluations.AcrossRegions().AnyAsync(e => e.RegionId == regionId && e.Year == year, cancellationToken))
            return null;
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var m in municipalities)
        {
            var evaluation = submitted.FirstOrDefault(e => e.MunicipalityId == m.MunicipalityId);
            if (evaluation is null) continue;
            foreach (var r in evaluation.Rows.OrderBy(r => r.Order))
                rows.Add([m.Name.In(language), texts.In(language, $"evaluation.kind.{r.Kind}"), r.Title, texts.In(language, $"evaluation.status.{r.Status}")]);
        }
        var table = new ExportTable(texts.In(language, "evaluation.report.table"),
            [texts.In(language, "evaluation.municipality"), texts.In(language, "evaluation.goal_kind"), texts.In(language, "evaluation.goal"),
                texts.In(language, "evaluation.status")], rows);
        return new AnnualReportSection("evaluations", texts.In(language, "evaluation.report.title"),
            [texts.In(language, "evaluation.report.lead", submitted.Count, municipalities.Count, year)], [table], []);
    }
}

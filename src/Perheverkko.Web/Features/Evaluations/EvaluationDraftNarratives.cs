using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>
/// The narratives of evaluations that were never submitted (issue 17 item 7, 000 §19): deleted wholesale once the annual
/// report is done, as nobody reported them. The statuses stay (they carry no one's words); submitted evaluations stay
/// whole, as they are what the report says.
/// </summary>
public sealed class EvaluationDraftNarratives(PerheverkkoDb db) : IYearEndDeletion
{
    public string Kind => "evaluation.draft_narratives";

    private IQueryable<EvaluationRow> Rows(Guid regionId, int year) =>
        db.EvaluationRows.AcrossRegions().Where(r => r.RegionId == regionId && r.Narrative != null
            && db.MunicipalEvaluations.AcrossRegions().Any(e => e.Id == r.EvaluationId && e.Year == year && e.State == EvaluationState.Draft));

    public Task<int> CountAsync(Guid regionId, int year, CancellationToken cancellationToken) => Rows(regionId, year).CountAsync(cancellationToken);

    public Task<int> DeleteAsync(Guid regionId, int year, CancellationToken cancellationToken) =>
        Rows(regionId, year).ExecuteUpdateAsync(s => s.SetProperty(r => r.Narrative, (string?)null), cancellationToken);
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilySurvey.Staff;

/// <summary>The survey's results for the region's staff: suppressed tables per question, and their CSV and XLSX.</summary>
public sealed class ResultsModel(SurveyResultsQueries queries) : PerheverkkoPage
{
    [FromRoute] public Guid Id { get; set; }
    public SurveyResultsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await queries.ResultsAsync(Actor, Id, Texts.CurrentLanguage, cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return File(SurveyExport.Csv(View.Exports), TableExport.CsvType, TableExport.FileName(View.Title, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return File(TableExport.Xlsx(View.Exports), TableExport.XlsxType, TableExport.FileName(View.Title, "xlsx"));
    }
}

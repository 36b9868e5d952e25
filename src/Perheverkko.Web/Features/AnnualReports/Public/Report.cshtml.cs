using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.AnnualReports.Public;

/// <summary>A published annual report (001 §19): the narrative, the sections with their charts, and the PDF and XLSX; anything unpublished is not found.</summary>
[AllowAnonymous]
public sealed class ReportModel(AnnualReportQueries queries) : PerheverkkoPage
{
    public PublicAnnualReport Report { get; private set; } = null!;

    public async Task OnGetAsync(string? region, int year, CancellationToken cancellationToken) =>
        Report = await queries.PublicAsync(region, year, Texts.CurrentLanguage, cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(string? region, int year, CancellationToken cancellationToken)
    {
        var language = Texts.CurrentLanguage;
        var (title, narrative, sections) = await queries.DocumentAsync(null, region, year, language, cancellationToken);
        return File(AnnualReportQueries.Pdf(title, narrative, sections, language), "application/pdf", TableExport.FileName(title, "pdf"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(string? region, int year, CancellationToken cancellationToken)
    {
        var (title, _, sections) = await queries.DocumentAsync(null, region, year, Texts.CurrentLanguage, cancellationToken);
        return File(AnnualReportQueries.Xlsx(sections), TableExport.XlsxType, TableExport.FileName(title, "xlsx"));
    }
}

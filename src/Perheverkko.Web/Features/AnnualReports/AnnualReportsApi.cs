using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>
/// The annual report (issue #17 items 6 and 7): read a year's report with its dry run, compile it, take the next step
/// (complete, approve, publish, ask for the deletion by hand), change the settings, put it on a leadership-group agenda,
/// and download it as PDF or XLSX. The public reads are the pages.
/// </summary>
public static class AnnualReportsApi
{
    public static void MapAnnualReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("AnnualReports");
        api.MapGet("/annual-reports/{year:int}", Get)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetAnnualReport")
            .WithSummary("The region's report of the year: state, stored sections, settings, the year-end deletion's dry run (kind and count) and what the caller may do")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapPost("/annual-reports/{year:int}/compilation", Compile)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CompileAnnualReport")
            .WithSummary("Compile (again) from every section source, with the coordinator's narrative (Markdown, fi required); a completed report is not compiled again")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/annual-reports/{year:int}/steps", Advance)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AdvanceAnnualReport")
            .WithSummary("Take a step: Complete, Approve (only when the region requires approval; optional meetingId), Publish (completes too), DeleteYearEndData (the by-hand policy)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/annual-reports/{year:int}/agenda-items", AddToAgenda)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddAnnualReportToAgenda")
            .WithSummary("Add \"Vuosiraportti {year} tiedoksi\" as an information item on an upcoming leadership-group meeting (meetingId)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPut("/annual-reports/settings", ChangeSettings)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeAnnualReportSettings")
            .WithSummary("The region's settings: approvalRequired, retention (AfterCompleted, AfterPublished, ByHand)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapGet("/annual-reports/{year:int}/pdf", Pdf)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AnnualReportPdf")
            .WithSummary("The compiled report as PDF (?lang=fi|sv|en)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/annual-reports/{year:int}/xlsx", Xlsx)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AnnualReportXlsx")
            .WithSummary("The compiled report's tables as XLSX (?lang=fi|sv|en)")
            .Produces(200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Ok<AnnualReportStaffView>> Get(int year, string? lang, HttpContext http, AnnualReportQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.StaffViewAsync(http.Actor(), year, Texts.Known(lang), ct));

    private static async Task<NoContent> Compile(int year, CompileAnnualReport.Request request, HttpContext http, CompileAnnualReport handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Advance(int year, AdvanceAnnualReport.Request request, HttpContext http, AdvanceAnnualReport handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, request, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<Organisations.CreatedId>> AddToAgenda(int year, AddAnnualReportToAgenda.Request request, HttpContext http, AddAnnualReportToAgenda handler, CancellationToken ct) =>
        TypedResults.Ok(new Organisations.CreatedId(await handler.HandleAsync(http.Actor(), year, request, ct)));

    private static async Task<NoContent> ChangeSettings(ChangeAnnualReportSettings.Request request, HttpContext http, ChangeAnnualReportSettings handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), request, ct); return TypedResults.NoContent(); }

    private static async Task<FileContentHttpResult> Pdf(int year, string? lang, HttpContext http, AnnualReportQueries queries, CancellationToken ct)
    {
        var language = Texts.Known(lang);
        var (title, narrative, sections) = await queries.DocumentAsync(http.Actor(), null, year, language, ct);
        return TypedResults.File(AnnualReportQueries.Pdf(title, narrative, sections, language), "application/pdf", TableExport.FileName(title, "pdf"));
    }

    private static async Task<FileContentHttpResult> Xlsx(int year, string? lang, HttpContext http, AnnualReportQueries queries, CancellationToken ct)
    {
        var (title, _, sections) = await queries.DocumentAsync(http.Actor(), null, year, Texts.Known(lang), ct);
        return TypedResults.File(AnnualReportQueries.Xlsx(sections), TableExport.XlsxType, TableExport.FileName(title, "xlsx"));
    }
}

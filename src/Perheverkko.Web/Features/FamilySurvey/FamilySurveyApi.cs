using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>
/// The family survey (issue 17 item 4): for staff the list, the survey, its changes, opening and closing, the results
/// (suppressed) and the free text (the coordinator); for families the answer, without an account.
/// </summary>
public static class FamilySurveyApi
{
    public static void MapFamilySurveyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Family survey");
        api.MapGet("/surveys", List).RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListSurveys")
            .WithSummary("The region's family surveys, newest year first, with their state and number of answers").ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/surveys", Create).RequireAuthorization(AccessSetup.StaffPolicy).WithName("CreateSurvey")
            .WithSummary("Start the region's survey of a year from the template of the 2021 themes, as a draft")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapGet("/surveys/{id:guid}", Get).RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetSurvey")
            .WithSummary("A survey with its questions, version and state").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPut("/surveys/{id:guid}", Update).RequireAuthorization(AccessSetup.StaffPolicy).WithName("UpdateSurvey")
            .WithSummary("Change the survey (version): title and intro fi/sv/en, the Helsinki dates it takes answers, the background questions and the questions (SingleChoice, MultipleChoice, Scale, FreeText) with their options; once it has answers only the texts and dates")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/surveys/{id:guid}/opening", Open).RequireAuthorization(AccessSetup.StaffPolicy).WithName("OpenSurvey")
            .WithSummary("Open a draft survey (version): it takes answers between its dates").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/surveys/{id:guid}/closing", Close).RequireAuthorization(AccessSetup.StaffPolicy).WithName("CloseSurvey")
            .WithSummary("Close an open survey for good (version)").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/surveys/{id:guid}/results", Results).RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetSurveyResults")
            .WithSummary("Counts and shares per question by municipality and by age group, every count through the small-cell rule (null: hidden); ?format=csv|xlsx downloads the tables")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/surveys/{id:guid}/free-text", FreeText).RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetSurveyFreeText")
            .WithSummary("The free-text answers (the coordinator only; every read is audited)").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/surveys/{id:guid}/answers", Answer).AllowAnonymous().RequireRateLimiting(PublicForms.RateLimit).WithName("AnswerSurvey")
            .WithSummary("A family's answer, without an account: nothing identifying is stored, only the Helsinki date; one answer per browser (a cookie listing the answered surveys). Refusals: survey.not_found, survey.not_open, survey.closed, survey.already_answered, survey.unknown_option, survey.answer_required, survey.municipality_unknown")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422).ProducesProblem(429);
    }

    private static async Task<Ok<SurveyListView>> List(HttpContext http, FamilySurveyQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(http.Actor(), ct));

    private static async Task<Created<CreatedId>> Create(CreateSurvey.Request request, HttpContext http, CreateSurvey handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/surveys/{id}", new CreatedId(id));
    }

    private static async Task<Ok<SurveyStaffView>> Get(Guid id, HttpContext http, FamilySurveyQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.StaffViewAsync(http.Actor(), id, ct));

    private static async Task<NoContent> Update(Guid id, SaveSurvey.Request request, HttpContext http, SaveSurvey handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Open(Guid id, OpenSurvey.Request request, HttpContext http, OpenSurvey handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Close(Guid id, CloseSurvey.Request request, HttpContext http, CloseSurvey handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<IResult> Results(Guid id, string? format, HttpContext http, SurveyResultsQueries queries, CancellationToken ct)
    {
        var view = await queries.ResultsAsync(http.Actor(), id, Texts.CurrentLanguage, ct);
        return format switch
        {
            "csv" => TypedResults.File(SurveyExport.Csv(view.Exports), TableExport.CsvType, TableExport.FileName(view.Title, "csv")),
            "xlsx" => TypedResults.File(TableExport.Xlsx(view.Exports), TableExport.XlsxType, TableExport.FileName(view.Title, "xlsx")),
            _ => TypedResults.Ok(view),
        };
    }

    private static async Task<Ok<IReadOnlyList<FreeTextQuestion>>> FreeText(Guid id, HttpContext http, SurveyResultsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.FreeTextAsync(http.Actor(), id, Texts.CurrentLanguage, ct));

    /// <param name="region">The region's slug when the answer comes from a page under /r/{region}; none: the default region.</param>
    private static async Task<NoContent> Answer(Guid id, [FromQuery] string? region, SubmitSurveyAnswer.Request request, HttpContext http, SubmitSurveyAnswer handler,
        CancellationToken ct)
    {
        SurveyCookie.ForgetClientAddress(http);
        await handler.HandleAsync(region, id, request, SurveyCookie.Read(http.Request), ct);
        SurveyCookie.Remember(http, id);
        return TypedResults.NoContent();
    }
}

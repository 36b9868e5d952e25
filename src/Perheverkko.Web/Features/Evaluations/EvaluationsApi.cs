using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>
/// The municipal evaluation (issue 17 item 3) for staff: the year's overview, a municipality's form, saving a draft,
/// submitting it, and the round's due date. Every use case asks the access engine about the municipality's own
/// organisation, so a representative fills only their own municipality's form.
/// </summary>
public static class EvaluationsApi
{
    public static void MapEvaluationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Evaluations");
        api.MapGet("/evaluations/{year:int}", Year)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetEvaluationYear")
            .WithSummary("The region's municipalities with the state of their evaluation of the year (NotStarted, Draft, Submitted), the due date and whether the caller may fill each")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(422);
        api.MapPut("/evaluations/{year:int}/settings", Settings)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeEvaluationSettings")
            .WithSummary("Set the year's due date (Helsinki date) and how many days before it the reminder goes; the first save opens the round for reminders")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapGet("/evaluations/{year:int}/{municipalityId:guid}", Form)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetEvaluation")
            .WithSummary("A municipality's evaluation of the year: the action plan's goals and the municipality's welfare-plan goals, each with its status and narrative")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPut("/evaluations/{year:int}/{municipalityId:guid}", Save)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SaveEvaluation")
            .WithSummary("Save the evaluation as a draft: rows of kind ActionPlan (goalId) or WelfarePlan (title), each with a status (NotStarted, Started, Progressing, Achieved, NotAssessed) and a narrative of at most 1000 characters; version after the first save")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/evaluations/{year:int}/{municipalityId:guid}/submission", Submit)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SubmitEvaluation")
            .WithSummary("Submit the saved draft (version): it becomes read-only")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
    }

    private static async Task<Ok<EvaluationYearView>> Year(int year, HttpContext http, EvaluationsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.YearAsync(http.Actor(), year, ct));

    private static async Task<NoContent> Settings(int year, ChangeEvaluationSettings.Request request, HttpContext http, ChangeEvaluationSettings handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, request, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<EvaluationFormView>> Form(int year, Guid municipalityId, HttpContext http, EvaluationsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.FormAsync(http.Actor(), year, municipalityId, Texts.CurrentLanguage, ct));

    private static async Task<Ok<SavedVersion>> Save(int year, Guid municipalityId, SaveEvaluation.Request request, HttpContext http, SaveEvaluation handler, CancellationToken ct) =>
        TypedResults.Ok(new SavedVersion(await handler.HandleAsync(http.Actor(), year, municipalityId, request, ct)));

    private static async Task<NoContent> Submit(int year, Guid municipalityId, SubmitEvaluation.Request request, HttpContext http, SubmitEvaluation handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, municipalityId, request, ct); return TypedResults.NoContent(); }
}

/// <summary>The version after a save, for the next one.</summary>
public sealed record SavedVersion(int Version);

using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>
/// The action plan (issue #17 item 1) for staff: the region's plans, one year's plan, start (empty or from an earlier
/// year), goals, comments, the leadership group's processing, publishing, and the comparison of two years.
/// </summary>
public static class ActionPlansApi
{
    public static void MapActionPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("ActionPlans");
        api.MapGet("/action-plans", List).RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListActionPlans")
            .WithSummary("The region's action plans, newest first, with their state and whether the caller may start one").ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/action-plans", Start).RequireAuthorization(AccessSetup.StaffPolicy).WithName("StartActionPlan")
            .WithSummary("Start the plan of a year: empty, or a copy of the plan of fromYear (each goal keeps a reference to its source)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapGet("/action-plans/{year:int}", Get).RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetActionPlan")
            .WithSummary("One year's plan: goals per area with responsible parties, measures, resources, indicator and comments; what the caller may do")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/action-plans/{year:int}/goals", AddGoal).RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddActionPlanGoal")
            .WithSummary("Add a goal to a draft plan").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPut("/action-plans/{year:int}/goals/{goalId:guid}", ChangeGoal).RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeActionPlanGoal")
            .WithSummary("Change a goal of a draft plan (its resources are replaced by those sent)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapDelete("/action-plans/{year:int}/goals/{goalId:guid}", RemoveGoal).RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveActionPlanGoal")
            .WithSummary("Remove a goal from a draft plan").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/action-plans/{year:int}/comments", Comment).RequireAuthorization(AccessSetup.StaffPolicy).WithName("CommentOnActionPlan")
            .WithSummary("Comment on a draft plan or one of its goals (goalId)").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/action-plans/{year:int}/processing", Process).RequireAuthorization(AccessSetup.StaffPolicy).WithName("RecordActionPlanProcessing")
            .WithSummary("Record the leadership group's processing: decisionId, a numbered decision of the region's leadership group")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/action-plans/{year:int}/publication", Publish).RequireAuthorization(AccessSetup.StaffPolicy).WithName("PublishActionPlan")
            .WithSummary("Publish a processed plan on the public site; it is read-only afterwards").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/action-plans/{year:int}/comparison", Compare).RequireAuthorization(AccessSetup.StaffPolicy).WithName("CompareActionPlans")
            .WithSummary("Goals added, removed and changed since another year's plan (default: the previous plan), paired by identity")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Ok<ActionPlanListView>> List(HttpContext http, ActionPlanQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(http.Actor(), ct));

    private static async Task<Created<CreatedId>> Start(StartActionPlan.Request request, HttpContext http, StartActionPlan handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/action-plans/{request.Year}", new CreatedId(id));
    }

    private static async Task<Ok<ActionPlanView>> Get(int year, HttpContext http, ActionPlanQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PlanAsync(http.Actor(), year, ct));

    private static async Task<Created<CreatedId>> AddGoal(int year, SaveActionPlanGoal.Request request, HttpContext http, SaveActionPlanGoal handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), year, null, request, ct);
        return TypedResults.Created($"/api/v1/action-plans/{year}", new CreatedId(id));
    }

    private static async Task<NoContent> ChangeGoal(int year, Guid goalId, SaveActionPlanGoal.Request request, HttpContext http, SaveActionPlanGoal handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, goalId, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> RemoveGoal(int year, Guid goalId, HttpContext http, RemoveActionPlanGoal handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, goalId, ct); return TypedResults.NoContent(); }

    private static async Task<Created<CreatedId>> Comment(int year, CommentOnActionPlan.Request request, HttpContext http, CommentOnActionPlan handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), year, request, ct);
        return TypedResults.Created($"/api/v1/action-plans/{year}", new CreatedId(id));
    }

    private static async Task<NoContent> Process(int year, RecordActionPlanProcessing.Request request, HttpContext http, RecordActionPlanProcessing handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Publish(int year, HttpContext http, PublishActionPlan handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), year, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<ActionPlanComparisonView>> Compare(int year, int? with, HttpContext http, ActionPlanQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.CompareAsync(http.Actor(), year, with, ct));
}

using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// The organisation's people in the network's activities (issue #16): people, checks, volunteers' briefing, support and
/// insurance; the organisation's policies and guideline; the people of an activity; the coordinator's counts. Staff only;
/// every use case asks the access engine about the person's organisation, so one organisation never reaches another's.
/// </summary>
public static class WorkforceApi
{
    public static void MapWorkforceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Workforce");
        MapPeople(api);
        MapGuideline(api);
        MapActivityPeople(api);
    }

    // ---- People: /workforce/people … (the people helper) ----

    private static void MapPeople(RouteGroupBuilder api)
    {
    }

    // ---- end of people ----



    // ---- Policies, guideline, overview: /workforce/policies, /workforce/settings, /workforce/overview (the guideline helper) ----

    private static void MapGuideline(RouteGroupBuilder api)
    {
    }

    // ---- end of policies, guideline, overview ----



    // ---- The people of an activity: /activities/{id}/people … (the activities helper) ----

    private static void MapActivityPeople(RouteGroupBuilder api)
    {
        api.MapGet("/activities/{id:guid}/people", GetActivityPeople)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetActivityPeople")
            .WithSummary("An activity's people: the caller's own organisation's by name with what each lacks, the other organisations' as counts with their standing; the caller's people who may be named (a representative or the organisation's coordinator; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/activities/{id:guid}/people", NameActivityPerson)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("NameActivityPerson")
            .WithSummary("Name one of the organisation's own people to an activity it is responsible for or co-organises: Leads or Helps, and whether the task is with children without their guardian present (504/2002 §2)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPut("/activities/{id:guid}/people/{workerId:guid}", ChangeActivityTask)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeActivityTask")
            .WithSummary("Change the role of one of the organisation's own people in the activity, or the task's flag of children without their guardian present")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
        api.MapPost("/activities/{id:guid}/people/{workerId:guid}/removal", RemoveActivityPerson)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveActivityPerson")
            .WithSummary("Take one of the organisation's own people out of the activity; a published activity stays published and is marked when it lacks a leader")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Ok<ActivityPeopleView>> GetActivityPeople(Guid id, HttpContext http, ActivityPeopleQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.OfActivityAsync(http.Actor(), id, ct));

    private static async Task<NoContent> NameActivityPerson(Guid id, NameActivityPerson.Request request, HttpContext http, NameActivityPerson handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> ChangeActivityTask(Guid id, Guid workerId, ChangeActivityTask.Request request, HttpContext http, ChangeActivityTask handler,
        CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, workerId, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> RemoveActivityPerson(Guid id, Guid workerId, HttpContext http, RemoveActivityPerson handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, workerId, ct); return TypedResults.NoContent(); }

    // ---- end of the people of an activity ----
}

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
        api.MapGet("/workforce/people", People)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("ListWorkers")
            .WithSummary("The people of the caller's own organisation with a short standing (filter: kind, needsAttention); representatives and a coordinator for their own organisation; audited")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/workforce/people", AddPerson)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("AddWorker")
            .WithSummary("Add an employee or a volunteer to the caller's own organisation (organisationId, if given, must be it)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapGet("/workforce/people/{id:guid}", Person)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("GetWorker")
            .WithSummary("One person of the caller's organisation with their tasks in activities and what the caller may do; audited")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPut("/workforce/people/{id:guid}", ChangePerson)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("ChangeWorker")
            .WithSummary("Correct the person's name or work e-mail (version)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/workforce/people/{id:guid}/check", RecordCheck)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("RecordCriminalRecordCheck")
            .WithSummary("Record that an extract for work with children was shown: its date and the day shown (a volunteer's consent); nothing else, never a copy")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/workforce/people/{id:guid}/briefing", RecordBriefing)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("RecordVolunteerBriefing")
            .WithSummary("Record the day a volunteer went through the ethical principles, and by whom (001 §17)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPut("/workforce/people/{id:guid}/support", SetSupport)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("SetVolunteerSupport")
            .WithSummary("Name a volunteer's support person (an employee of the same organisation) and insurance policy (the organisation's); null clears")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/workforce/people/{id:guid}/leaving", EndPerson)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("EndWorker")
            .WithSummary("The person stops working in the network's activities (leftOn not in the future): the check fact is deleted at once and their tasks end")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<PeopleView>> People(HttpContext http, WorkforceQueries queries, CancellationToken ct,
        WorkerKind? kind = null, bool needsAttention = false) =>
        TypedResults.Ok(await queries.PeopleAsync(Platform.Access.HttpContextActor.Actor(http), new PeopleFilter(kind, needsAttention), ct));

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Created<Organisations.CreatedId>> AddPerson(AddWorker.Request request, HttpContext http, AddWorker handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(Platform.Access.HttpContextActor.Actor(http), request, ct);
        return TypedResults.Created($"/api/v1/workforce/people/{id}", new Organisations.CreatedId(id));
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<WorkerView>> Person(Guid id, HttpContext http, WorkforceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PersonAsync(Platform.Access.HttpContextActor.Actor(http), id, ct));

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> ChangePerson(Guid id, ChangeWorker.Request request, HttpContext http, ChangeWorker handler, CancellationToken ct)
    { await handler.HandleAsync(Platform.Access.HttpContextActor.Actor(http), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> RecordCheck(Guid id, RecordCriminalRecordCheck.Request request, HttpContext http, RecordCriminalRecordCheck handler, CancellationToken ct)
    { await handler.HandleAsync(Platform.Access.HttpContextActor.Actor(http), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> RecordBriefing(Guid id, RecordVolunteerBriefing.Request request, HttpContext http, RecordVolunteerBriefing handler, CancellationToken ct)
    { await handler.HandleAsync(Platform.Access.HttpContextActor.Actor(http), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> SetSupport(Guid id, SetVolunteerSupport.Request request, HttpContext http, SetVolunteerSupport handler, CancellationToken ct)
    { await handler.HandleAsync(Platform.Access.HttpContextActor.Actor(http), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> EndPerson(Guid id, EndWorker.Request request, HttpContext http, EndWorker handler, CancellationToken ct)
    { await handler.HandleAsync(Platform.Access.HttpContextActor.Actor(http), id, request, ct); return TypedResults.NoContent(); }

    // ---- end of people ----



    // ---- Policies, guideline, overview: /workforce/policies, /workforce/settings, /workforce/overview (the guideline helper) ----

    private static void MapGuideline(RouteGroupBuilder api)
    {
        api.MapGet("/workforce/policies", Policies)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("ListInsurancePolicies")
            .WithSummary("The organisation's insurance policies for its volunteers, with how many working volunteers act under each (its representatives)")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/workforce/policies", AddPolicy)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("AddInsurancePolicy")
            .WithSummary("Add an insurance policy of the caller's organisation: insurer, policy number (unique in the organisation), valid until")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPut("/workforce/policies/{id:guid}", ChangePolicy)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("ChangeInsurancePolicy")
            .WithSummary("Change a policy of the caller's organisation")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/workforce/policies/{id:guid}/removal", RemovePolicy)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("RemoveInsurancePolicy")
            .WithSummary("Remove a policy; refused (workforce.policy_in_use) while a volunteer who has not left acts under it")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapGet("/workforce/settings", Guideline)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("GetWorkforceSettings")
            .WithSummary("The organisation's workforce guideline (re-check months, volunteers' checks, reminder days, retention months) and its policies")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPut("/workforce/settings", ChangeGuideline)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("ChangeWorkforceSettings")
            .WithSummary("Change the organisation's workforce guideline: recheckMonths 1–120 or null, volunteerCheckRequired, reminderDays 1–180, retentionMonths 0–60")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapGet("/workforce/overview", Overview)
            .RequireAuthorization(Platform.Access.AccessSetup.StaffPolicy).WithName("GetWorkforceOverview")
            .WithSummary("How many of the region's published activities hold, lapse soon or have lapsed, per organisation and municipality: counts, never names (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<IReadOnlyList<InsurancePolicyView>>> Policies(HttpContext http, WorkforceGuidelineQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.GuidelineAsync(Caller(http), ct)).Policies);

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Created<Organisations.CreatedId>> AddPolicy(SaveInsurancePolicy.Request request, HttpContext http, SaveInsurancePolicy handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(Caller(http), null, request, ct);
        return TypedResults.Created($"/api/v1/workforce/policies/{id}", new Organisations.CreatedId(id));
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> ChangePolicy(Guid id, SaveInsurancePolicy.Request request, HttpContext http, SaveInsurancePolicy handler, CancellationToken ct)
    { await handler.HandleAsync(Caller(http), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> RemovePolicy(Guid id, HttpContext http, RemoveInsurancePolicy handler, CancellationToken ct)
    { await handler.HandleAsync(Caller(http), id, ct); return TypedResults.NoContent(); }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<WorkforceGuidelineView>> Guideline(HttpContext http, WorkforceGuidelineQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GuidelineAsync(Caller(http), ct));

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.NoContent> ChangeGuideline(ChangeWorkforceSettings.Request request, HttpContext http, ChangeWorkforceSettings handler, CancellationToken ct)
    { await handler.HandleAsync(Caller(http), request, ct); return TypedResults.NoContent(); }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<WorkforceOverviewView>> Overview(HttpContext http, WorkforceOverviewQueries queries, CancellationToken ct, Guid? regionId = null) =>
        TypedResults.Ok(await queries.OverviewAsync(Caller(http), regionId, ct));

    // Qualified names here: the file's usings are shared by the three sections.
    private static Platform.Access.Actor? Caller(HttpContext http) => Platform.Access.HttpContextActor.Actor(http);

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

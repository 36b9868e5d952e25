using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// The directory as JSON: public search and published entries; staff views and writes. Writes carry the version the
/// editor started from; an older one is a 409 <c>directory.stale</c>.
/// </summary>
public static class DirectoryApi
{
    public static void MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Directory");

        api.MapGet("/directory", async ([AsParameters] SearchParameters p, DirectoryQueries queries, CancellationToken ct) =>
            {
                var filter = p.ToInput().Parse(await queries.MunicipalitySlugsAsync(ct), out var errors);
                if (errors.Count > 0) throw new InputInvalid(errors.ToDictionary(e => e.Key, e => (IReadOnlyList<FieldError>)[e.Value]));
                return TypedResults.Ok(await queries.SearchAsync(filter, ct));
            })
            .AllowAnonymous().WithName("SearchDirectory")
            .WithSummary("Search published activities, services and meeting places: text and filters, as on the public search page (public)")
            .ProducesValidationProblem(422);

        api.MapGet("/activities/{id:guid}", async (Guid id, DirectoryQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetActivityAsync(id, false, ct)))
            .AllowAnonymous().WithName("GetActivity").WithSummary("A published activity with its coming occurrences (public)").ProducesProblem(404);
        api.MapGet("/services/{id:guid}", async (Guid id, DirectoryQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetServiceAsync(id, false, ct)))
            .AllowAnonymous().WithName("GetService").WithSummary("A published service (public)").ProducesProblem(404);
        api.MapGet("/meeting-places/{id:guid}", async (Guid id, DirectoryQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetMeetingPlaceAsync(id.ToString(), false, ct)))
            .AllowAnonymous().WithName("GetMeetingPlace").WithSummary("A published meeting place with its opening hours (public)").ProducesProblem(404);

        api.MapGet("/activities/{id:guid}/staff-view", async (Guid id, HttpContext http, DirectoryQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetActivityForStaffAsync(http.Actor(), id, ct)))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetActivityForStaff")
            .WithSummary("An activity in any state with its version, leaders, insurance, what is missing for publishing, and the caller's permitted actions (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/services/{id:guid}/staff-view", async (Guid id, HttpContext http, DirectoryQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetServiceForStaffAsync(http.Actor(), id, ct)))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetServiceForStaff")
            .WithSummary("A service in any state with its version and the caller's permitted actions (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/meeting-places/{id:guid}/staff-view", async (Guid id, HttpContext http, DirectoryQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetMeetingPlaceForStaffAsync(http.Actor(), id, ct)))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetMeetingPlaceForStaff")
            .WithSummary("A meeting place in any state with its version and the caller's permitted actions (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        MapWrites<ActivityRequest, CreateActivity, UpdateActivity>(api, "activities", DirectorySearchDocuments.ActivityKind, "Activity",
            (h, actor, r, ct) => h.HandleAsync(actor, r, ct), (h, actor, id, r, ct) => h.HandleAsync(actor, id, r, ct),
            "(staff of the responsible party, coordinator, admin)");
        MapWrites<ServiceRequest, CreateService, UpdateService>(api, "services", DirectorySearchDocuments.ServiceKind, "Service",
            (h, actor, r, ct) => h.HandleAsync(actor, r, ct), (h, actor, id, r, ct) => h.HandleAsync(actor, id, r, ct),
            "(staff of the provider, coordinator, admin)");
        MapWrites<MeetingPlaceRequest, CreateMeetingPlace, UpdateMeetingPlace>(api, "meeting-places", DirectorySearchDocuments.MeetingPlaceKind, "MeetingPlace",
            (h, actor, r, ct) => h.HandleAsync(actor, r, ct), (h, actor, id, r, ct) => h.HandleAsync(actor, id, r, ct),
            "(staff of the maintainer, the municipality's representative, coordinator, admin)");
    }

    private static void MapWrites<TRequest, TCreate, TUpdate>(RouteGroupBuilder api, string path, string kind, string name,
        Func<TCreate, Actor?, TRequest, CancellationToken, Task<Guid>> create, Func<TUpdate, Actor?, Guid, TRequest, CancellationToken, Task<int>> update,
        string who) where TRequest : class where TCreate : notnull where TUpdate : notnull
    {
        api.MapPost($"/{path}", async (TRequest? request, HttpContext http, TCreate handler, CancellationToken ct) =>
            {
                var id = await create(handler, http.Actor(), request ?? throw NoBody(), ct);
                return TypedResults.Created($"/api/v1/{path}/{id}/staff-view", new CreatedId(id));
            })
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("Create" + name).WithSummary($"Add a {name} as a draft {who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut($"/{path}/{{id:guid}}", async (Guid id, TRequest? request, HttpContext http, TUpdate handler, CancellationToken ct) =>
                TypedResults.Ok(new VersionView(await update(handler, http.Actor(), id, request ?? throw NoBody(), ct))))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("Update" + name)
            .WithSummary($"Change a {name}; send the version you started from, an older one is refused with 409 directory.stale {who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost($"/{path}/{{id:guid}}/state", async (Guid id, ChangeDirectoryState.Request? request, HttpContext http, ChangeDirectoryState handler, CancellationToken ct) =>
                TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), kind, id, request ?? throw NoBody(), ct))))
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName($"Change{name}State")
            .WithSummary($"Publish, archive or take back to draft a {name} {who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
    }

    /// <summary>The request type is generic here, so the framework lets an empty body through as null; it is a validation error.</summary>
    private static InputInvalid NoBody() => InputInvalid.For("body", "validation.required");

    /// <summary>The search page's parameters, as strings so that nothing a visitor types fails to bind.</summary>
    public sealed record SearchParameters(string? Q, string? Municipality, string? Kind, string? Age, string? Language, string? Day,
        string? Free, string? Week, string? Page)
    {
        public DirectoryFilterInput ToInput() => new(Q, Municipality, Kind, Age, Language, Day, Free, Week, Page);
    }
}

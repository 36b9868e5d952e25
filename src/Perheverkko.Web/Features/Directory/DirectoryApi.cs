using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Telemetry;
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

        api.MapGet("/directory", SearchDirectory)
            .AllowAnonymous().AsOpenData().WithName("SearchDirectory")
            .WithSummary("Search published activities, services and meeting places: text and filters, as on the public search page (public)")
            .ProducesValidationProblem(422);

        api.MapGet("/activities/{id:guid}", GetActivity)
            .AllowAnonymous().AsOpenData().WithName("GetActivity").WithSummary("A published activity with its coming occurrences (public)").ProducesProblem(404);
        api.MapGet("/services/{id:guid}", GetService)
            .AllowAnonymous().AsOpenData().WithName("GetService").WithSummary("A published service (public)").ProducesProblem(404);
        api.MapGet("/meeting-places/{id:guid}", GetMeetingPlace)
            .AllowAnonymous().AsOpenData().WithName("GetMeetingPlace").WithSummary("A published meeting place with its opening hours (public)").ProducesProblem(404);

        api.MapGet("/activities/{id:guid}/staff-view", GetActivityForStaff)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetActivityForStaff")
            .WithSummary("An activity in any state with its version, leaders, insurance, what is missing for publishing, and the caller's permitted actions (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/services/{id:guid}/staff-view", GetServiceForStaff)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetServiceForStaff")
            .WithSummary("A service in any state with its version and the caller's permitted actions (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/meeting-places/{id:guid}/staff-view", GetMeetingPlaceForStaff)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetMeetingPlaceForStaff")
            .WithSummary("A meeting place in any state with its version and the caller's permitted actions (staff)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        const string activityEditors = "(staff of the responsible party, coordinator, admin)";
        MapCreate(api.MapPost("/activities", CreateActivity), "Activity", activityEditors);
        MapUpdate(api.MapPut("/activities/{id:guid}", UpdateActivity), "Activity", activityEditors);
        MapChangeState(api.MapPost("/activities/{id:guid}/state", ChangeActivityState), "Activity", activityEditors);

        const string serviceEditors = "(staff of the provider, coordinator, admin)";
        MapCreate(api.MapPost("/services", CreateService), "Service", serviceEditors);
        MapUpdate(api.MapPut("/services/{id:guid}", UpdateService), "Service", serviceEditors);
        MapChangeState(api.MapPost("/services/{id:guid}/state", ChangeServiceState), "Service", serviceEditors);

        const string placeEditors = "(staff of the maintainer, the municipality's representative, coordinator, admin)";
        MapCreate(api.MapPost("/meeting-places", CreateMeetingPlace), "MeetingPlace", placeEditors);
        MapUpdate(api.MapPut("/meeting-places/{id:guid}", UpdateMeetingPlace), "MeetingPlace", placeEditors);
        MapChangeState(api.MapPost("/meeting-places/{id:guid}/state", ChangeMeetingPlaceState), "MeetingPlace", placeEditors);
    }

    // The three kinds of entry are written alike: the same metadata on each kind's create, update and state change.

    private static void MapCreate(RouteHandlerBuilder route, string name, string who) => route
        .RequireAuthorization(AccessSetup.StaffPolicy).WithName("Create" + name).WithSummary($"Add a {name} as a draft {who}")
        .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);

    private static void MapUpdate(RouteHandlerBuilder route, string name, string who) => route
        .RequireAuthorization(AccessSetup.StaffPolicy).WithName("Update" + name)
        .WithSummary($"Change a {name}; send the version you started from, an older one is refused with 409 directory.stale {who}")
        .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

    private static void MapChangeState(RouteHandlerBuilder route, string name, string who) => route
        .RequireAuthorization(AccessSetup.StaffPolicy).WithName($"Change{name}State")
        .WithSummary($"Publish, archive or take back to draft a {name} {who}")
        .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

    private static async Task<Ok<DirectorySearchResult>> SearchDirectory([AsParameters] SearchParameters p, DirectoryQueries queries, AppMetrics metrics, CancellationToken ct)
    {
        var filter = p.ToInput().Parse(await queries.MunicipalitySlugsAsync(ct), out var errors);
        if (errors.Count > 0) throw new InputInvalid(errors.ToDictionary(e => e.Key, e => (IReadOnlyList<FieldError>)[e.Value]));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await queries.SearchAsync(filter, ct, withDescriptions: true);
        metrics.RecordSearch(SearchApi.Api, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<ActivityView>> GetActivity(Guid id, DirectoryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetActivityAsync(id, false, ct));

    private static async Task<Ok<ServiceView>> GetService(Guid id, DirectoryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetServiceAsync(id, false, ct));

    private static async Task<Ok<MeetingPlaceView>> GetMeetingPlace(Guid id, DirectoryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetMeetingPlaceAsync(id.ToString(), false, ct));

    private static async Task<Ok<ActivityStaffView>> GetActivityForStaff(Guid id, HttpContext http, DirectoryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetActivityForStaffAsync(http.Actor(), id, ct));

    private static async Task<Ok<ServiceStaffView>> GetServiceForStaff(Guid id, HttpContext http, DirectoryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetServiceForStaffAsync(http.Actor(), id, ct));

    private static async Task<Ok<MeetingPlaceStaffView>> GetMeetingPlaceForStaff(Guid id, HttpContext http, DirectoryQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetMeetingPlaceForStaffAsync(http.Actor(), id, ct));

    private static async Task<Created<CreatedId>> CreateActivity(ActivityRequest? request, HttpContext http, CreateActivity handler, CancellationToken ct) =>
        StaffViewCreated("activities", await handler.HandleAsync(http.Actor(), request ?? throw NoBody(), ct));

    private static async Task<Ok<VersionView>> UpdateActivity(Guid id, ActivityRequest? request, HttpContext http, UpdateActivity handler, CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), id, request ?? throw NoBody(), ct)));

    private static async Task<Ok<VersionView>> ChangeActivityState(Guid id, ChangeDirectoryState.Request? request, HttpContext http,
        ChangeDirectoryState handler, CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), DirectorySearchDocuments.ActivityKind, id, request ?? throw NoBody(), ct)));

    private static async Task<Created<CreatedId>> CreateService(ServiceRequest? request, HttpContext http, CreateService handler, CancellationToken ct) =>
        StaffViewCreated("services", await handler.HandleAsync(http.Actor(), request ?? throw NoBody(), ct));

    private static async Task<Ok<VersionView>> UpdateService(Guid id, ServiceRequest? request, HttpContext http, UpdateService handler, CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), id, request ?? throw NoBody(), ct)));

    private static async Task<Ok<VersionView>> ChangeServiceState(Guid id, ChangeDirectoryState.Request? request, HttpContext http,
        ChangeDirectoryState handler, CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), DirectorySearchDocuments.ServiceKind, id, request ?? throw NoBody(), ct)));

    private static async Task<Created<CreatedId>> CreateMeetingPlace(MeetingPlaceRequest? request, HttpContext http, CreateMeetingPlace handler,
        CancellationToken ct) =>
        StaffViewCreated("meeting-places", await handler.HandleAsync(http.Actor(), request ?? throw NoBody(), ct));

    private static async Task<Ok<VersionView>> UpdateMeetingPlace(Guid id, MeetingPlaceRequest? request, HttpContext http, UpdateMeetingPlace handler,
        CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), id, request ?? throw NoBody(), ct)));

    private static async Task<Ok<VersionView>> ChangeMeetingPlaceState(Guid id, ChangeDirectoryState.Request? request, HttpContext http,
        ChangeDirectoryState handler, CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), DirectorySearchDocuments.MeetingPlaceKind, id, request ?? throw NoBody(), ct)));

    private static Created<CreatedId> StaffViewCreated(string path, Guid id) => TypedResults.Created($"/api/v1/{path}/{id}/staff-view", new CreatedId(id));

    /// <summary>The body parameters are optional, so an empty body reaches the handler as null; it is a validation error.</summary>
    private static InputInvalid NoBody() => InputInvalid.For("body", "validation.required");

    /// <summary>The search page's parameters, as strings so that nothing a visitor types fails to bind.</summary>
    // Properties rather than a positional record: the compile-time request delegate generator emits `typeof(string?)`
    // for a constructor's nullable parameters, which does not compile.
    public sealed class SearchParameters
    {
        public string? Q { get; init; }
        public string? Municipality { get; init; }
        public string? Kind { get; init; }
        public string? Age { get; init; }
        public string? Language { get; init; }
        public string? Day { get; init; }
        public string? Free { get; init; }
        public string? Week { get; init; }
        public string? Page { get; init; }

        public DirectoryFilterInput ToInput() => new(Q, Municipality, Kind, Age, Language, Day, Free, Week, Page);
    }
}

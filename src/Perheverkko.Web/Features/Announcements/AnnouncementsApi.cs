using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Announcements;

/// <summary>
/// Announcements for families (issue #18 item 1), for staff: the region's list, write, read, change and withdraw. Every
/// use case asks the access engine about the announcement's organisation, so a representative keeps only their own
/// organisation's. The public reads are the pages and the feeds (<see cref="AnnouncementFeeds"/>).
/// </summary>
public static class AnnouncementsApi
{
    public static void MapAnnouncementsApi(this IEndpointRouteBuilder app)
    {
        app.MapAnnouncementFeeds();
        var api = app.MapApi("Announcements");
        api.MapGet("/announcements", List)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListAnnouncements")
            .WithSummary("The region's announcements for families, newest first, each with its state now (Scheduled, Published, Ended, Withdrawn) and whether the caller may change it")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/announcements", Create)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CreateAnnouncement")
            .WithSummary("Write an announcement for the caller's organisation (a coordinator may name another of the region): title and body (Markdown) fi/sv/en, municipalityId (none: the whole region), an optional link to a published directory item of the region, and the window as Helsinki local date and time")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapGet("/announcements/{id:guid}", Get)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetAnnouncement")
            .WithSummary("One announcement with its version, state and whether the caller may change it")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPut("/announcements/{id:guid}", Update)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("UpdateAnnouncement")
            .WithSummary("Change an announcement (version); a withdrawn one cannot be changed")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/announcements/{id:guid}/withdrawal", Withdraw)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("WithdrawAnnouncement")
            .WithSummary("Withdraw an announcement (version): it leaves the public pages and feeds at once")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
    }

    private static async Task<Ok<AnnouncementListView>> List(HttpContext http, AnnouncementsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.StaffListAsync(http.Actor(), ct));

    private static async Task<Created<CreatedId>> Create(SaveAnnouncement.Request request, HttpContext http, SaveAnnouncement handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), null, request, ct);
        return TypedResults.Created($"/api/v1/announcements/{id}", new CreatedId(id));
    }

    private static async Task<Ok<AnnouncementStaffView>> Get(Guid id, HttpContext http, AnnouncementsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.StaffViewAsync(http.Actor(), id, ct));

    private static async Task<NoContent> Update(Guid id, SaveAnnouncement.Request request, HttpContext http, SaveAnnouncement handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Withdraw(Guid id, WithdrawAnnouncement.Request request, HttpContext http, WithdrawAnnouncement handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }
}

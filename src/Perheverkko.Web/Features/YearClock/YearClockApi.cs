using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>The year clock (issue #17 item 2): the year view, the tasks, and the secret iCalendar address.</summary>
public static class YearClockApi
{
    public static void MapYearClockApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/year-clock/{token}.ics", Feed).AllowAnonymous().WithName("GetYearClockFeed").WithTags("YearClock")
            .WithSummary("The region's year clock as an iCalendar feed (all-day events repeating yearly), at the secret address made on the year-clock page")
            .Produces(200, contentType: "text/calendar").Produces(404);
        var api = app.MapApi("YearClock");
        api.MapGet("/year-clock", Get).RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetYearClock")
            .WithSummary("The region's year (default: this year): its recurring tasks and the live entries (leadership-group meetings, open signing rounds)")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/year-clock/tasks", Add).RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddYearClockTask")
            .WithSummary("Add a recurring task: title fi/sv/en, startMonth, endMonth, an optional day, ownerUserId (none: the coordinators) and reminderDays")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapPut("/year-clock/tasks/{id:guid}", Change).RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeYearClockTask")
            .WithSummary("Change a recurring task").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
        api.MapDelete("/year-clock/tasks/{id:guid}", Remove).RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveYearClockTask")
            .WithSummary("Remove a recurring task").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/year-clock/feed", CreateFeed).RequireAuthorization(AccessSetup.StaffPolicy).WithName("CreateYearClockFeed")
            .WithSummary("Make the caller's secret calendar address of the year clock (an earlier one stops working); shown once")
            .ProducesProblem(401).ProducesProblem(403);
    }

    public sealed record FeedAddress(string Url);

    private static async Task<IResult> Feed(string token, YearClockFeedQueries queries, CancellationToken ct) =>
        await queries.WriteAsync(token, ct) is { } ics ? TypedResults.Text(ics, "text/calendar; charset=utf-8") : TypedResults.NotFound();

    private static async Task<Ok<YearClockView>> Get(int? year, HttpContext http, YearClockQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.YearAsync(http.Actor(), year, ct));

    private static async Task<Created<CreatedId>> Add(SaveYearClockTask.Request request, HttpContext http, SaveYearClockTask handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), null, request, ct);
        return TypedResults.Created($"/api/v1/year-clock/tasks/{id}", new CreatedId(id));
    }

    private static async Task<NoContent> Change(Guid id, SaveYearClockTask.Request request, HttpContext http, SaveYearClockTask handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Remove(Guid id, HttpContext http, RemoveYearClockTask handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<FeedAddress>> CreateFeed(HttpContext http, CreateYearClockFeed handler, PublicAddress links, CancellationToken ct) =>
        TypedResults.Ok(new FeedAddress(links.Absolute(await handler.HandleAsync(http.Actor(), ct))));
}

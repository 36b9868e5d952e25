using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Features.Administration;

public static class AdministrationApi
{
    public static void MapAdministrationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Administration").RequireAuthorization(AccessSetup.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);

        api.MapGet("/audit", ListAuditTrail)
            .WithName("ListAuditTrail").WithSummary("The audit trail, newest first, filtered (coordinator, admin; the read is audited)");

        api.MapGet("/outbox", ListOutbox)
            .WithName("ListOutbox").WithSummary("Queued, retrying, sent and failed messages (coordinator, admin)");
    }

    private static async Task<Ok<PageOf<AuditRowView>>> ListAuditTrail(AuditEvent? @event, AuditOutcome? outcome, Guid? actorId, string? objectType,
        string? objectId, DateTime? from, DateTime? to, int? page, HttpContext http, AdministrationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.AuditTrailAsync(http.Actor(),
            new AuditFilter(@event, outcome, actorId, objectType, objectId, from?.ToUniversalTime(), to?.ToUniversalTime(), page ?? 1), ct));

    private static async Task<Ok<PageOf<OutboxRowView>>> ListOutbox(OutboxState? state, int? page, HttpContext http, AdministrationQueries queries,
        CancellationToken ct) =>
        TypedResults.Ok(await queries.OutboxAsync(http.Actor(), state, page ?? 1, ct));
}

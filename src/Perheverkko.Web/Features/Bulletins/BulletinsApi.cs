using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>
/// Bulletins for professionals and parties (issue #18 item 2): drafts, the recipient count before sending, sending
/// once, and the web copy with delivery counts. Staff only, except the one-click unsubscribe (RFC 8058) that mail
/// clients post to, whose protected token is the credential.
/// </summary>
public static class BulletinsApi
{
    public static void MapBulletinsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Bulletins");
        api.MapGet("/bulletins", List)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListBulletins")
            .WithSummary("The region's bulletins, newest first, with their state and delivery counts (all staff of the region)")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/bulletins", Create)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CreateBulletinDraft")
            .WithSummary("Write a draft: subject and Markdown body (fi required, sv, en), optional (a newsletter with an unsubscribe link) or not, audiences; refused when it would reach nobody")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
        api.MapPut("/bulletins/{id:guid}", Update)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("UpdateBulletinDraft")
            .WithSummary("Change a draft (version); a sent bulletin is not changed")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapGet("/bulletins/{id:guid}", Get)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetBulletin")
            .WithSummary("The web copy: texts, audiences, when sent and by whom, delivery counts from the outbox (all staff of the region)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/bulletins/{id:guid}/recipients/count", RecipientCount)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CountBulletinRecipients")
            .WithSummary("How many people the draft would reach now, in all and per audience, after de-duplication and opt-outs")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/bulletins/{id:guid}/sending", Send)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SendBulletin")
            .WithSummary("Send the draft once through the outbox, each recipient in their language; a second send is refused (bulletin.already_sent)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        // RFC 8058: a mail client posts "List-Unsubscribe=One-Click" here without a session or a form token.
        api.MapPost("/bulletins/unsubscribe/{token}", OneClickUnsubscribe)
            .AllowAnonymous().DisableAntiforgery().WithName("UnsubscribeFromBulletins")
            .WithSummary("One-click unsubscribe from the region's optional bulletins (the List-Unsubscribe header's address)")
            .ProducesProblem(404);
    }

    private static async Task<Ok<BulletinListView>> List(HttpContext http, BulletinsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(http.Actor(), ct));

    private static async Task<Created<SaveBulletin.Saved>> Create(SaveBulletin.Request request, HttpContext http, SaveBulletin handler, CancellationToken ct)
    {
        var saved = await handler.HandleAsync(http.Actor(), null, request, ct);
        return TypedResults.Created($"/api/v1/bulletins/{saved.Id}", saved);
    }

    private static async Task<Ok<SaveBulletin.Saved>> Update(Guid id, SaveBulletin.Request request, HttpContext http, SaveBulletin handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, request, ct));

    private static async Task<Ok<BulletinView>> Get(Guid id, HttpContext http, BulletinsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.BulletinAsync(http.Actor(), id, ct));

    private static async Task<Ok<RecipientCountView>> RecipientCount(Guid id, HttpContext http, BulletinsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.RecipientCountAsync(http.Actor(), id, ct));

    private static async Task<Ok<SendBulletin.Sent>> Send(Guid id, HttpContext http, SendBulletin handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, ct));

    private static async Task<NoContent> OneClickUnsubscribe(string token, UnsubscribeFromBulletins handler, CancellationToken ct)
    {
        await handler.HandleAsync(token, ct);
        return TypedResults.NoContent();
    }
}

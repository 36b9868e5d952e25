using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Perheneuvo for its workers: the queue, a contact (every read audited) and the handling steps, and the region's
/// settings, topics and teams. Staff only; the use cases ask the access engine about each contact.
/// </summary>
public static class FamilyAdviceApi
{
    public sealed record ReplyResult(bool EmailSent);

    public static void MapFamilyAdviceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Perheneuvo");

        api.MapGet("/perheneuvo/contacts", Queue)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListAdviceQueue")
            .WithSummary("The caller's Perheneuvo queue: their teams' contacts, those assigned to them, and for a coordinator the regional queue; overdue first, 50 a page, no words of the family")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapGet("/perheneuvo/contacts/{id:guid}", GetContact)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetFamilyContact")
            .WithSummary("A contact with the family's words, the history and the permitted actions (its team, the assigned worker; the coordinator in the regional queue; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/perheneuvo/contacts", Record)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RecordFamilyContact")
            .WithSummary("Record a contact that came by phone or at a meeting place; routed to the municipality's team or the regional queue")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);

        Handling(api, "/claim", "ClaimFamilyContact", "Take the contact as one's own", Claim);
        Handling(api, "/assignment", "AssignFamilyContact", "Assign the contact to a member of its team", Assign);
        Handling(api, "/transfer", "TransferFamilyContact", "Transfer to another municipality's team (municipalityId) or the regional queue (none), with a reason; the receivers get a link", Transfer);
        Handling(api, "/replies", "ReplyToFamilyContact", "Answer the family: on their page, and by e-mail with a fresh link when they asked for e-mail", Reply);
        Handling(api, "/calls", "RecordFamilyContactCall", "Record a call back made, reached or not", Call);
        Handling(api, "/notes", "AddFamilyContactNote", "An internal note the family never sees", Note);
        Handling(api, "/referrals", "ReferFamilyContact", "Refer to a published service or activity of the region's directory", Refer);
        Handling(api, "/closing", "CloseFamilyContact", "Close with an outcome", Close);
        Handling(api, "/answer-link/revocation", "RevokeFamilyAnswerLink", "Revoke the family's answer links", Revoke);

        api.MapGet("/perheneuvo/settings", Settings)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetAdviceSettings")
            .WithSummary("The region's Perheneuvo settings, topics and teams (coordinator, admin)").ProducesProblem(401).ProducesProblem(403);
        api.MapPut("/perheneuvo/settings", ChangeSettings)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeAdviceSettings")
            .WithSummary("Change the phone, hours, urgent numbers, response working days, retention months, extra days off and data controller (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPut("/perheneuvo/topics", SaveTopics)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SaveAdviceTopics")
            .WithSummary("The topic list in its order: rename, retire (active false), add (no id) (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapPost("/perheneuvo/team-members", AddMember)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddAdviceTeamMember")
            .WithSummary("Name a staff account of the region to a municipality's team; the team is made with its first member (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/perheneuvo/team-members/removal", RemoveMember)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveAdviceTeamMember")
            .WithSummary("Take a worker out of a municipality's team (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
    }

    // The handlers come in as a Delegate, so the compile-time request delegate generator leaves these few endpoints to
    // the runtime one (RDG002); they behave the same.
#pragma warning disable RDG002
    private static void Handling(RouteGroupBuilder api, string path, string name, string summary, Delegate handler) =>
        api.MapPost("/perheneuvo/contacts/{id:guid}" + path, handler)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName(name).WithSummary(summary)
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
#pragma warning restore RDG002

    private static async Task<Ok<QueueView>> Queue(HttpContext http, FamilyAdviceQueries queries, CancellationToken ct,
        ContactState? state = null, Guid? teamId = null, bool regionalQueue = false, bool mine = false, int page = 1) =>
        TypedResults.Ok(await queries.QueueAsync(http.Actor(), new QueueFilter(state, teamId, regionalQueue, mine, page), ct));

    private static async Task<Ok<ContactView>> GetContact(Guid id, HttpContext http, FamilyAdviceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ContactAsync(http.Actor(), id, ct));

    private static async Task<Created<CreatedId>> Record(RecordContact.Request request, HttpContext http, RecordContact handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/perheneuvo/contacts/{id}", new CreatedId(id));
    }

    private static async Task<NoContent> Claim(Guid id, ClaimContact.Request request, HttpContext http, ClaimContact handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Assign(Guid id, AssignContact.Request request, HttpContext http, AssignContact handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Transfer(Guid id, TransferContact.Request request, HttpContext http, TransferContact handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<ReplyResult>> Reply(Guid id, ReplyToContact.Request request, HttpContext http, ReplyToContact handler, CancellationToken ct) =>
        TypedResults.Ok(new ReplyResult(await handler.HandleAsync(http.Actor(), id, request, ct)));

    private static async Task<NoContent> Call(Guid id, RecordCall.Request request, HttpContext http, RecordCall handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Note(Guid id, AddNote.Request request, HttpContext http, AddNote handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Refer(Guid id, ReferContact.Request request, HttpContext http, ReferContact handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Close(Guid id, CloseContact.Request request, HttpContext http, CloseContact handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Revoke(Guid id, RevokeAnswerLink.Request request, HttpContext http, RevokeAnswerLink handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<AdviceSettingsView>> Settings(HttpContext http, FamilyAdviceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.SettingsAsync(http.Actor(), ct));

    private static async Task<NoContent> ChangeSettings(ChangeAdviceSettings.Request request, HttpContext http, ChangeAdviceSettings handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> SaveTopics(SaveAdviceTopics.Request request, HttpContext http, SaveAdviceTopics handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> AddMember(AddTeamMember.Request request, HttpContext http, AddTeamMember handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> RemoveMember(RemoveTeamMember.Request request, HttpContext http, RemoveTeamMember handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), request, ct); return TypedResults.NoContent(); }
}

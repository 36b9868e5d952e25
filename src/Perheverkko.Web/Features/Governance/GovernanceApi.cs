using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Groups, memberships, meetings, agendas and invitations. Staff only; the use cases check the group-level rights.</summary>
public static class GovernanceApi
{
    public sealed record InvitationsView(int Recipients, int Sequence);
    public sealed record NotifiedView(int Notified);
    public sealed record RecipientsView(int Recipients);
    public sealed record PreviousMinutesApprovedView(Guid ApprovedMeetingId, string Decision, int Recipients);
    public sealed record AbsenceResultView(bool Absent, IReadOnlyList<string> DeputiesNotified);

    public static void MapGovernanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Governance");

        // The secret address is the credential: calendar programs cannot sign in.
        app.MapGet("/calendar/{token}.ics", GetCalendarFeed)
            .AllowAnonymous().WithName("GetCalendarFeed").WithTags("Governance")
            .WithSummary("A person's meetings as an iCalendar feed, at the secret address made on the profile page")
            .Produces(200, contentType: "text/calendar").Produces(404);

        api.MapGet("/groups", ListGroups)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListGroups")
            .WithSummary("The groups the caller may see (staff)").ProducesProblem(401).ProducesProblem(403);

        api.MapGet("/groups/{id:guid}", GetGroup)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetGroup")
            .WithSummary("A group: who represents whom, chair and vice chair per period, vacancies, meetings (staff; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPost("/groups", CreateGroup)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CreateGroup").WithSummary("Set up a group (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/groups/{id:guid}/memberships", AddMembership)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddMembership")
            .WithSummary("Name a member, or a deputy for a member, representing an organisation (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/memberships/{id:guid}/end", EndMembership)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("EndMembership").WithSummary("End a membership on a day (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

        api.MapPost("/groups/{id:guid}/roles", AssignGroupRole)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AssignGroupRole")
            .WithSummary("Choose the chair, vice chair or secretary for an agreement period (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/groups/{id:guid}/meetings", PlanMeeting)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("PlanMeeting")
            .WithSummary("Plan a meeting; date and times in Finnish time (coordinator, admin, the group's chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

        api.MapPost("/groups/{id:guid}/meetings/year", PlanYearOfMeetings)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("PlanYearOfMeetings")
            .WithSummary("Plan the year's meetings from the group's rhythm in one step (coordinator, admin, the group's chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapGet("/meetings/{id:guid}", GetMeeting)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetMeeting")
            .WithSummary("A meeting with its agenda (staff who may see the group; invitees once the agenda is sent)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPut("/meetings/{id:guid}", RescheduleMeeting)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RescheduleMeeting")
            .WithSummary("Change the time, mode or place; invitees get an update if the invitation was sent (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/meetings/{id:guid}/cancellation", CancelMeeting)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CancelMeeting")
            .WithSummary("Cancel a meeting; invitees get a cancellation if the invitation was sent (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/meetings/{id:guid}/agenda-items", AddAgendaItem)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddAgendaItem")
            .WithSummary("Add an item at the end of the agenda; the description is Markdown (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut("/agenda-items/{id:guid}", UpdateAgendaItem)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("UpdateAgendaItem")
            .WithSummary("Change an agenda item or move it to another position (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapDelete("/agenda-items/{id:guid}", RemoveAgendaItem)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveAgendaItem").WithSummary("Remove an agenda item (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/agenda-items/{id:guid}/attachments", AddAttachment)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddAttachment")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachmentFiles.MaxRequestBytes))
            .WithSummary("Attach a document to an agenda item: the file itself is the body, sent with its type (application/pdf, or the Office Open XML type of .docx or .xlsx) and ?fileName=; at most 20 MB; the content must be of the type its name says (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422);

        api.MapGet("/attachments/{id:guid}", GetAttachment)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetAttachment")
            .WithSummary("Download an agenda document (whoever may read the meeting's agenda)")
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapDelete("/attachments/{id:guid}", RemoveAttachment)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveAttachment").WithSummary("Remove an agenda document before the meeting (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/meetings/{id:guid}/absence", ReportAbsence)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ReportAbsence")
            .WithSummary("The calling member cannot come: their deputy is expected and is e-mailed once (a current member of the group, meeting invited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapDelete("/meetings/{id:guid}/absence", WithdrawAbsence)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("WithdrawAbsence")
            .WithSummary("The calling member can come after all: the deputy is told they are not needed")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/organisations/{id:guid}/decision-packages", GetDecisionPackages)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetDecisionPackages")
            .WithSummary("Items the groups sent to the parties' decision-making (approved minutes), with their decision, documents and this organisation's handling (staff)")
            .ProducesProblem(401).ProducesProblem(403);

        api.MapPut("/organisations/{id:guid}/decision-packages/{itemId:guid}", RecordOrganHandling)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RecordOrganHandling")
            .WithSummary("Record that the organisation's own organ handled a package: the day and the reference, e.g. \"Perusturvalautakunta 12.3.2027 § 45\" (the organisation's representative; coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

        api.MapPost("/meetings/{id:guid}/invitations", SendInvitations)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SendInvitations")
            .WithSummary("Send the agenda: one e-mail with a calendar invitation to each current member and deputy (coordinator, admin, chair)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        api.MapPut("/groups/{id:guid}/quorum", SetGroupQuorum)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SetGroupQuorum")
            .WithSummary("Set how many members make a quorum: MoreThanHalf (default), AtLeastHalf or AtLeastTwoThirds (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

        api.MapPost("/meetings/{id:guid}/held", MarkMeetingHeld)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("MarkMeetingHeld")
            .WithSummary("Record that an invited meeting was held (coordinator, admin, the group's chair or secretary)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPut("/meetings/{id:guid}/attendance", RecordAttendance)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RecordAttendance")
            .WithSummary("Replace the attendance of a held meeting: each member Present, Absent or DeputyAttending (with deputyId), guests by name; answers the quorum (coordinator, admin, chair, secretary)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut("/agenda-items/{id:guid}/minutes", RecordItemMinutes)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RecordItemMinutes")
            .WithSummary("Record the discussion and the decision of an agenda item of a held meeting (coordinator, admin, chair, secretary)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/meetings/{id:guid}/minutes", DraftMinutes)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("DraftMinutes")
            .WithSummary("Draft the minutes from the agenda; decisions get numbers § n/yyyy per group and year in agenda order (coordinator, admin, chair, secretary)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/meetings/{id:guid}/minutes/approval", ApproveMinutes)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ApproveMinutes")
            .WithSummary("Approve the minutes: they are locked and e-mailed to members and deputies (leadership group) or members (the group's chair; admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/meetings/{id:guid}/minutes.pdf", GetMinutesPdf)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetMinutesPdf")
            .WithSummary("The approved minutes as a PDF: the meeting, attendance with deputies, quorum, each item with its discussion and numbered decision (whoever may read the meeting)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/meetings/{id:guid}/previous-minutes/approval", ApprovePreviousMinutes)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ApprovePreviousMinutes")
            .WithSummary("In a group that approves minutes at its next meeting: record, as a numbered decision of this held meeting, the approval of the previous meeting's drafted minutes, which are then locked and mailed (coordinator, admin, chair, secretary)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPut("/groups/{id:guid}/minutes-approval", SetMinutesApproval)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SetMinutesApproval")
            .WithSummary("Set who approves the group's minutes: ByChair (default) or AtNextMeeting (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

        api.MapPost("/meetings/{id:guid}/minutes/corrections", CorrectMinutes)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CorrectMinutes")
            .WithSummary("Correct an item of approved minutes with a reason (a text left out stays as it was): a new recorded version, mailed again; the approved version is kept (the group's chair; admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
    }

    private static async Task<IResult> GetCalendarFeed(string token, CalendarFeedQueries queries, CancellationToken ct) =>
        await queries.WriteAsync(token, ct) is { } ics ? TypedResults.Text(ics, "text/calendar; charset=utf-8") : TypedResults.NotFound();

    // Groups and memberships

    private static async Task<Ok<IReadOnlyList<GroupSummaryView>>> ListGroups(HttpContext http, GovernanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListGroupsAsync(http.Actor(), ct));

    private static async Task<Ok<GroupView>> GetGroup(Guid id, HttpContext http, GovernanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetGroupAsync(http.Actor(), id, ct));

    private static async Task<Created<CreatedId>> CreateGroup(CreateGroup.Request request, HttpContext http, CreateGroup handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/groups/{id}", new CreatedId(id));
    }

    private static async Task<Created<CreatedId>> AddMembership(Guid id, AddMembership.Request request, HttpContext http, AddMembership handler,
        CancellationToken ct)
    {
        var membershipId = await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"/api/v1/groups/{id}", new CreatedId(membershipId));
    }

    private static async Task<NoContent> EndMembership(Guid id, EndMembership.Request request, HttpContext http, EndMembership handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> AssignGroupRole(Guid id, AssignGroupRole.Request request, HttpContext http, AssignGroupRole handler,
        CancellationToken ct)
    {
        var roleId = await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"/api/v1/groups/{id}", new CreatedId(roleId));
    }

    private static async Task<NoContent> SetGroupQuorum(Guid id, SetGroupQuorum.Request request, HttpContext http, SetGroupQuorum handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetMinutesApproval(Guid id, SetMinutesApproval.Request request, HttpContext http, SetMinutesApproval handler,
        CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.NoContent();
    }

    // Meetings and their agendas

    private static async Task<Created<CreatedId>> PlanMeeting(Guid id, MeetingTimeInput request, HttpContext http, PlanMeeting handler, CancellationToken ct)
    {
        var meetingId = await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"/api/v1/meetings/{meetingId}", new CreatedId(meetingId));
    }

    private static async Task<Ok<IReadOnlyList<Guid>>> PlanYearOfMeetings(Guid id, PlanYearOfMeetings.Request request, HttpContext http,
        PlanYearOfMeetings handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, request, ct));

    private static async Task<Ok<MeetingView>> GetMeeting(Guid id, HttpContext http, GovernanceQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetMeetingAsync(http.Actor(), id, ct));

    private static async Task<Ok<NotifiedView>> RescheduleMeeting(Guid id, MeetingTimeInput request, HttpContext http, RescheduleMeeting handler,
        CancellationToken ct) =>
        TypedResults.Ok(new NotifiedView(await handler.HandleAsync(http.Actor(), id, request, ct)));

    private static async Task<Ok<NotifiedView>> CancelMeeting(Guid id, HttpContext http, CancelMeeting handler, CancellationToken ct) =>
        TypedResults.Ok(new NotifiedView(await handler.HandleAsync(http.Actor(), id, ct)));

    private static async Task<Created<CreatedId>> AddAgendaItem(Guid id, AgendaItemInput request, HttpContext http, AddAgendaItem handler, CancellationToken ct)
    {
        var itemId = await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"/api/v1/meetings/{id}", new CreatedId(itemId));
    }

    private static async Task<NoContent> UpdateAgendaItem(Guid id, AgendaItemInput request, HttpContext http, UpdateAgendaItem handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveAgendaItem(Guid id, HttpContext http, RemoveAgendaItem handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> AddAttachment(Guid id, string? fileName, HttpContext http, AddAttachment handler, CancellationToken ct)
    {
        var attachmentId = await handler.HandleAsync(http.Actor(), id, fileName, http.Request.Body, http.Request.ContentType ?? "", ct);
        return TypedResults.Created($"/api/v1/attachments/{attachmentId}", new CreatedId(attachmentId));
    }

    private static async Task<FileContentHttpResult> GetAttachment(Guid id, HttpContext http, AttachmentQueries queries, CancellationToken ct)
    {
        var file = await queries.GetAsync(http.Actor(), id, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<NoContent> RemoveAttachment(Guid id, HttpContext http, RemoveAttachment handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InvitationsView>> SendInvitations(Guid id, HttpContext http, SendInvitations handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(http.Actor(), id, ct);
        return TypedResults.Ok(new InvitationsView(result.Recipients, result.Sequence));
    }

    private static Task<Ok<AbsenceResultView>> ReportAbsence(Guid id, HttpContext http, ReportAbsence handler, CancellationToken ct) =>
        AbsenceAsync(id, http, handler, cannotCome: true, ct);

    private static Task<Ok<AbsenceResultView>> WithdrawAbsence(Guid id, HttpContext http, ReportAbsence handler, CancellationToken ct) =>
        AbsenceAsync(id, http, handler, cannotCome: false, ct);

    private static async Task<Ok<AbsenceResultView>> AbsenceAsync(Guid id, HttpContext http, ReportAbsence handler, bool cannotCome, CancellationToken ct)
    {
        var result = await handler.HandleAsync(http.Actor(), id, cannotCome, ct);
        return TypedResults.Ok(new AbsenceResultView(result.Absent, result.DeputiesNotified));
    }

    // The parties' decision-making

    private static async Task<Ok<OrganisationPackagesView>> GetDecisionPackages(Guid id, HttpContext http, DecisionPackageQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ForOrganisationAsync(http.Actor(), id, ct));

    private static async Task<NoContent> RecordOrganHandling(Guid id, Guid itemId, RecordOrganHandling.Request request, HttpContext http,
        RecordOrganHandling handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, itemId, request, ct);
        return TypedResults.NoContent();
    }

    // Minutes

    private static async Task<NoContent> MarkMeetingHeld(Guid id, HttpContext http, MarkMeetingHeld handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<QuorumResult>> RecordAttendance(Guid id, RecordAttendance.Request request, HttpContext http, RecordAttendance handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, request, ct));

    private static async Task<NoContent> RecordItemMinutes(Guid id, RecordItemMinutes.Request request, HttpContext http, RecordItemMinutes handler,
        CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<DraftMinutes.NumberView>>> DraftMinutes(Guid id, HttpContext http, DraftMinutes handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, ct));

    private static async Task<Ok<RecipientsView>> ApproveMinutes(Guid id, HttpContext http, ApproveMinutes handler, CancellationToken ct) =>
        TypedResults.Ok(new RecipientsView((await handler.HandleAsync(http.Actor(), id, ct)).Recipients));

    private static async Task<FileContentHttpResult> GetMinutesPdf(Guid id, HttpContext http, MinutesDocumentQueries queries, CancellationToken ct)
    {
        var document = await queries.GetPdfAsync(http.Actor(), id, ct);
        return TypedResults.File(document.Content, "application/pdf", document.FileName);
    }

    private static async Task<Ok<PreviousMinutesApprovedView>> ApprovePreviousMinutes(Guid id, HttpContext http, ApprovePreviousMinutes handler,
        CancellationToken ct)
    {
        var result = await handler.HandleAsync(http.Actor(), id, ct);
        return TypedResults.Ok(new PreviousMinutesApprovedView(result.ApprovedMeetingId, result.Decision, result.Recipients));
    }

    private static async Task<Ok<CorrectMinutes.Result>> CorrectMinutes(Guid id, CorrectMinutes.Request request, HttpContext http, CorrectMinutes handler,
        CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, request, ct));

    /// <summary>The feed's full address, under the site's public address.</summary>
    public static string CalendarFeedUrl(PublicAddress links, string token) => links.Absolute($"/calendar/{token}.ics");
}

using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// The national service catalogue PTV (issue #19) as JSON: an organisation's connection and entries, the import's dry run
/// and its application, the choice of master for a service or meeting place, and a request to export one. Everything is
/// the organisation's own representative's or the region's leads' (<c>SyncWithPtv</c>); errors from PTV are 409 <c>ptv.*</c>.
/// </summary>
public static class PtvApi
{
    private const string Who = "(the organisation's representative, coordinator, admin)";

    public static void MapPtvApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Ptv");

        api.MapGet("/organisations/{id:guid}/ptv", GetOrganisation)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetPtvOrganisation")
            .WithSummary($"An organisation's PTV connection (never the password) and its services and meeting places with where each is kept and how its export stands {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPut("/organisations/{id:guid}/ptv", SaveConnection)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("SavePtvConnection")
            .WithSummary($"Set the organisation's PTV organisation id and PTV API user; a blank password keeps the one there is, removeCredentials clears both {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
        api.MapGet("/organisations/{id:guid}/ptv/import", PreviewImport)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("PreviewPtvImport")
            .WithSummary($"Dry run: read the organisation's services and service locations from PTV and say, entry by entry, what an import would change {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/organisations/{id:guid}/ptv/import", ApplyImport)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ApplyPtvImport")
            .WithSummary($"Read PTV again and apply every valid new or changed entry, each whole or not at all {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/services/{id:guid}/master", ChangeServiceMaster)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeServiceMaster")
            .WithSummary($"Move a service to be kept in PTV or here; send the version you started from {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/meeting-places/{id:guid}/master", ChangeMeetingPlaceMaster)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeMeetingPlaceMaster")
            .WithSummary($"Move a meeting place to be kept in PTV or here; send the version you started from {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapPost("/services/{id:guid}/ptv-export", ExportService)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RequestServicePtvExport")
            .WithSummary($"Queue a service kept here for sending to PTV; the job runner sends it and records PTV's answer {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        api.MapPost("/meeting-places/{id:guid}/ptv-export", ExportMeetingPlace)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RequestMeetingPlacePtvExport")
            .WithSummary($"Queue a meeting place kept here for sending to PTV as a service location; the job runner sends it {Who}")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<Ok<PtvOrganisationView>> GetOrganisation(Guid id, HttpContext http, PtvQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.OrganisationAsync(http.Actor(), id, ct));

    private static async Task<NoContent> SaveConnection(Guid id, SavePtvConnection.Request? request, HttpContext http, SavePtvConnection handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, request ?? throw NoBody(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PtvImportPreview>> PreviewImport(Guid id, HttpContext http, PreviewPtvImport handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, ct));

    private static async Task<Ok<PtvImportResult>> ApplyImport(Guid id, HttpContext http, ApplyPtvImport handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), id, ct));

    private static async Task<Ok<VersionView>> ChangeServiceMaster(Guid id, ChangeDirectoryMaster.Request? request, HttpContext http, ChangeDirectoryMaster handler,
        CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), PtvEntryKind.Service, id, request ?? throw NoBody(), ct)));

    private static async Task<Ok<VersionView>> ChangeMeetingPlaceMaster(Guid id, ChangeDirectoryMaster.Request? request, HttpContext http, ChangeDirectoryMaster handler,
        CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), PtvEntryKind.MeetingPlace, id, request ?? throw NoBody(), ct)));

    private static async Task<Ok<PtvExportAnswer>> ExportService(Guid id, HttpContext http, RequestPtvExport handler, CancellationToken ct) =>
        TypedResults.Ok(new PtvExportAnswer(await handler.HandleAsync(http.Actor(), PtvEntryKind.Service, id, ct)));

    private static async Task<Ok<PtvExportAnswer>> ExportMeetingPlace(Guid id, HttpContext http, RequestPtvExport handler, CancellationToken ct) =>
        TypedResults.Ok(new PtvExportAnswer(await handler.HandleAsync(http.Actor(), PtvEntryKind.MeetingPlace, id, ct)));

    /// <summary>The body parameters are optional, so an empty body reaches the handler as null; it is a validation error.</summary>
    private static InputInvalid NoBody() => InputInvalid.For("body", "validation.required");
}

/// <summary>Where an entry's export stands right after it was asked for (normally queued for the job runner).</summary>
public sealed record PtvExportAnswer(PtvExportStatus Status);

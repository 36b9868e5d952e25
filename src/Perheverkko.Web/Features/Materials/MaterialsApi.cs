using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Materials;

/// <summary>
/// The material bank (issue #18 item 3): folders, materials, their versions and downloads. Staff only, except the public
/// file of a public material; every list applies what the caller may see, and a material they may not see is 404.
/// </summary>
public static class MaterialsApi
{
    public static void MapMaterialsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Materials");
        api.MapGet("/material-folders", Folders)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListMaterialFolders")
            .WithSummary("The region's material folders with how many materials each holds (staff of the region)")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/material-folders", AddFolder)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddMaterialFolder")
            .WithSummary("Add a folder (a theme) to the material bank: name {fi, sv, en}, position (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapPut("/material-folders/{id:guid}", ChangeFolder)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeMaterialFolder")
            .WithSummary("Rename or move a folder (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
        api.MapDelete("/material-folders/{id:guid}", RemoveFolder)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveMaterialFolder")
            .WithSummary("Remove an empty folder; one with materials is refused with material.folder_not_empty (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/materials", List)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListMaterials")
            .WithSummary("The materials the caller may see, by folder; with ?q= the matching ones best first (titles, descriptions and keywords, Finnish analysis)")
            .ProducesProblem(401);
        api.MapPost("/materials", AddLink)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddMaterialLink")
            .WithSummary("Add a link material (kind Link, url an absolute http(s) address) for the caller's own organisation, or any (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapPost("/materials/files", AddFile)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddMaterialFile")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachmentFiles.MaxRequestBytes))
            .WithSummary("Add a file material with its first version: the file itself is the body, sent with its type (application/pdf, or the Office Open XML type of .docx or .xlsx); folderId, title, visibility, groupId, description, tags, organisationId and fileName in the query; at most 20 MB, no macros")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesValidationProblem(422);
        api.MapGet("/materials/{id:guid}", Get)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetMaterial")
            .WithSummary("One material with its versions and whether the caller may edit it; 404 unless the caller may see it")
            .ProducesProblem(401).ProducesProblem(404);
        api.MapPut("/materials/{id:guid}", Change)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeMaterial")
            .WithSummary("Change a material's details, visibility or folder (a link's url); version from the read (owner organisation's staff, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
        api.MapDelete("/materials/{id:guid}", Remove)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveMaterial")
            .WithSummary("Remove a material with all its versions (owner organisation's staff, coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        api.MapPost("/materials/{id:guid}/versions", AddVersion)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddMaterialVersion")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachmentFiles.MaxRequestBytes))
            .WithSummary("Add a new version of a file material: the file is the body, sent with its type, and ?fileName= (&note=); earlier versions stay")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesValidationProblem(422);
        api.MapGet("/materials/{id:guid}/versions/{number:int}", Download)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetMaterialVersion")
            .WithSummary("Download one version of a material's file; 404 unless the caller may see the material")
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(401).ProducesProblem(404);

        // The pages' download addresses: the staff one for any version, the public one for a public material's latest.
        app.MapGet("/staff/materials/{id:guid}/versions/{number:int}", StaffDownload)
            .RequireAuthorization(AccessSetup.StaffPolicy).ExcludeFromDescription();
        app.MapGet("/materials/{id:guid}/file", PublicDownload).AllowAnonymous().ExcludeFromDescription();
    }

    public sealed record MaterialList(IReadOnlyList<MaterialFolderView> Folders, IReadOnlyList<MaterialRow>? Hits);

    private static async Task<Ok<IReadOnlyList<MaterialFolderRow>>> Folders(HttpContext http, MaterialsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.FoldersAsync(http.Actor(), ct));

    private static async Task<Created<CreatedId>> AddFolder(SaveMaterialFolder.Request request, HttpContext http, SaveMaterialFolder handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), null, request, ct);
        return TypedResults.Created($"/api/v1/material-folders/{id}", new CreatedId(id));
    }

    private static async Task<NoContent> ChangeFolder(Guid id, SaveMaterialFolder.Request request, HttpContext http, SaveMaterialFolder handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> RemoveFolder(Guid id, HttpContext http, RemoveMaterialFolder handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<MaterialList>> List(HttpContext http, MaterialsQueries queries, CancellationToken ct, string? q = null)
    {
        var bank = await queries.BankAsync(http.Actor(), q, ct);
        return TypedResults.Ok(new MaterialList(bank.Folders, bank.Hits));
    }

    private static async Task<Created<CreatedId>> AddLink(AddMaterial.Request request, HttpContext http, AddMaterial handler, CancellationToken ct)
    {
        // This route takes links only: a file comes with its body to /materials/files.
        var id = await handler.HandleAsync(http.Actor(), request with { Kind = request.Kind ?? MaterialKind.Link }, null, ct);
        return TypedResults.Created($"/api/v1/materials/{id}", new CreatedId(id));
    }

    private static async Task<Created<CreatedId>> AddFile(HttpContext http, AddMaterial handler, CancellationToken ct, Guid? folderId = null,
        string? title = null, MaterialVisibility? visibility = null, Guid? groupId = null, string? description = null, string? tags = null,
        Guid? organisationId = null, string? fileName = null)
    {
        var request = new AddMaterial.Request(folderId, organisationId, title, description, tags, visibility, groupId, MaterialKind.File, null);
        var id = await handler.HandleAsync(http.Actor(), request, new MaterialUpload(fileName, http.Request.Body, http.Request.ContentType ?? ""), ct);
        return TypedResults.Created($"/api/v1/materials/{id}", new CreatedId(id));
    }

    private static async Task<Ok<MaterialView>> Get(Guid id, HttpContext http, MaterialsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MaterialAsync(http.Actor(), id, ct));

    private static async Task<NoContent> Change(Guid id, ChangeMaterial.Request request, HttpContext http, ChangeMaterial handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<NoContent> Remove(Guid id, HttpContext http, RemoveMaterial handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, ct); return TypedResults.NoContent(); }

    private static async Task<Created<CreatedId>> AddVersion(Guid id, HttpContext http, AddMaterialVersion handler, CancellationToken ct,
        string? fileName = null, string? note = null)
    {
        var number = await handler.HandleAsync(http.Actor(), id, new MaterialUpload(fileName, http.Request.Body, http.Request.ContentType ?? ""), note, ct);
        return TypedResults.Created($"/api/v1/materials/{id}/versions/{number}", new CreatedId(id));
    }

    private static async Task<FileContentHttpResult> Download(Guid id, int number, HttpContext http, MaterialsQueries queries, CancellationToken ct)
    {
        var file = await queries.VersionFileAsync(http.Actor(), id, number, ct);
        return TypedResults.File(file.Content, file.MediaType, file.FileName);
    }

    private static async Task<IResult> StaffDownload(Guid id, int number, HttpContext http, MaterialsQueries queries, CancellationToken ct)
    {
        try
        {
            var file = await queries.VersionFileAsync(http.Actor(), id, number, ct);
            return TypedResults.File(file.Content, file.MediaType, file.FileName);
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<IResult> PublicDownload(Guid id, MaterialsQueries queries, CancellationToken ct)
    {
        try
        {
            var file = await queries.PublicFileAsync(id, ct);
            return TypedResults.File(file.Content, file.MediaType, file.FileName);
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Materials.Staff;

/// <summary>Adds a material: a file (its first version) or a link, in a folder, with who may see it.</summary>
[RequestSizeLimit(AttachmentFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentFiles.MaxRequestBytes)]
public sealed class NewModel(MaterialsQueries queries, AddMaterial add) : PerheverkkoPage
{
    public sealed class MaterialInput
    {
        public MaterialKind? Kind { get; set; } = MaterialKind.File;
        public Guid? FolderId { get; set; }
        public Guid? OrganisationId { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Tags { get; set; }
        public MaterialVisibility? Visibility { get; set; } = MaterialVisibility.PartiesStaff;
        public Guid? GroupId { get; set; }
        public string? Url { get; set; }
        public IFormFile? File { get; set; }
    }

    [BindProperty] public MaterialInput Input { get; set; } = new();
    public MaterialFormChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!MaterialAccess.MayAdd(Actor)) return Forbid();
        Choices = await queries.ChoicesAsync(Actor, cancellationToken);
        Input.OrganisationId = Actor?.OrganisationId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var i = Input;
        var file = i.Kind == MaterialKind.File ? i.File : null;
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var upload = file is null ? null : new MaterialUpload(file.FileName, content, null);
        Guid id = default;
        if (await TryAsync(async () => id = await add.HandleAsync(Actor,
                new AddMaterial.Request(i.FolderId, i.OrganisationId, i.Title, i.Description, i.Tags, i.Visibility, i.GroupId, i.Kind, i.Url), upload, cancellationToken)))
            return Redirect($"/staff/materials/{id}?done=added");
        Choices = await queries.ChoicesAsync(Actor, cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Materials.Staff;

/// <summary>One material: its details and versions; its keepers add a version, change it, or remove it after a confirming second step.</summary>
[RequestSizeLimit(AttachmentFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentFiles.MaxRequestBytes)]
public sealed class MaterialModel(MaterialsQueries queries, ChangeMaterial change, AddMaterialVersion addVersion, RemoveMaterial remove) : PerheverkkoPage
{
    public sealed class EditInput
    {
        public Guid? FolderId { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Tags { get; set; }
        public MaterialVisibility? Visibility { get; set; }
        public Guid? GroupId { get; set; }
        public string? Url { get; set; }
        public int Version { get; set; }
    }

    public sealed class VersionInput
    {
        public IFormFile? File { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty] public EditInput Edit { get; set; } = new();
    [BindProperty] public VersionInput NewVersion { get; set; } = new();
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public MaterialView View { get; private set; } = null!;
    public MaterialFormChoices? Choices { get; private set; }
    /// <summary>The removal waits for its second step.</summary>
    public bool Removing { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var v = View;
        Edit = new EditInput { FolderId = v.FolderId, Title = v.Title, Description = v.Description, Tags = v.Tags, Visibility = v.Visibility,
            GroupId = v.GroupId, Url = v.Url, Version = v.Version };
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        var e = Edit;
        if (await TryAsync(() => change.HandleAsync(Actor, id,
                new ChangeMaterial.Request(e.FolderId, e.Title, e.Description, e.Tags, e.Visibility, e.GroupId, e.Url, e.Version), cancellationToken), "Edit"))
            return Redirect($"/staff/materials/{id}?done=saved");
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVersionAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = NewVersion.File;
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var upload = file is null ? null : new MaterialUpload(file.FileName, content, null);
        if (await TryAsync(() => addVersion.HandleAsync(Actor, id, upload, NewVersion.Note, cancellationToken), "NewVersion"))
            return Redirect($"/staff/materials/{id}?done=version");
        await LoadAsync(id, cancellationToken);
        KeepEdit();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            // The first step only asks: nothing is removed until the second.
            await LoadAsync(id, cancellationToken);
            KeepEdit();
            Removing = true;
            return Page();
        }
        if (await TryAsync(() => remove.HandleAsync(Actor, id, cancellationToken), "Remove")) return Redirect("/staff/materials?done=removed");
        await LoadAsync(id, cancellationToken);
        KeepEdit();
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        View = await queries.MaterialAsync(Actor, id, cancellationToken);
        if (View.MayEdit) Choices = await queries.ChoicesAsync(Actor, cancellationToken);
    }

    /// <summary>A post of another form shows the edit form as stored.</summary>
    private void KeepEdit()
    {
        var v = View;
        Edit = new EditInput { FolderId = v.FolderId, Title = v.Title, Description = v.Description, Tags = v.Tags, Visibility = v.Visibility,
            GroupId = v.GroupId, Url = v.Url, Version = v.Version };
    }
}

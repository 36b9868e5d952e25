using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Materials.Staff;

/// <summary>The coordinator keeps the bank's folders: add, rename or move, remove an empty one after a confirming second step.</summary>
public sealed class FoldersModel(MaterialsQueries queries, SaveMaterialFolder save, RemoveMaterialFolder remove) : PerheverkkoPage
{
    public sealed class FolderInput
    {
        public NameInput Name { get; set; } = new();
        public int? Position { get; set; }
    }

    public sealed class NameInput
    {
        public string? Fi { get; set; }
        public string? Sv { get; set; }
        public string? En { get; set; }
    }

    [BindProperty] public FolderInput Input { get; set; } = new();
    /// <summary>The folder being changed (null: a new one).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Edit { get; set; }
    [BindProperty] public Guid? RemoveId { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public IReadOnlyList<MaterialFolderRow> Folders { get; private set; } = [];
    public bool MayManage { get; private set; }
    public MaterialFolderRow? Removing { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Edit is { } id && Folders.FirstOrDefault(f => f.Id == id) is { } folder)
            Input = new FolderInput { Name = new NameInput { Fi = folder.Name.Fi, Sv = folder.Name.Sv, En = folder.Name.En }, Position = folder.Position };
        else Edit = null;
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var request = new SaveMaterialFolder.Request(new LocalizedTextInput(Input.Name.Fi, Input.Name.Sv, Input.Name.En), Input.Position);
        if (await TryAsync(() => save.HandleAsync(Actor, Edit, request, cancellationToken)))
            return Redirect("/staff/materials/folders?done=saved");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Confirm)
        {
            Removing = Folders.FirstOrDefault(f => f.Id == RemoveId);
            return Removing is null ? NotFound() : Page();
        }
        if (RemoveId is { } id && await TryAsync(() => remove.HandleAsync(Actor, id, cancellationToken), "Remove"))
            return Redirect("/staff/materials/folders?done=removed");
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Folders = await queries.FoldersAsync(Actor, cancellationToken);
        MayManage = MaterialAccess.MayManageFolders(Actor);
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Features.Ptv.Staff;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>Adds or edits a service, and publishes, archives or takes it back to draft with the same form
/// (<see cref="DirectoryEntryPage"/>). Saves redirect back here. Another organisation's entry is shown, not edited.</summary>
public sealed class ServiceModel(DirectoryQueries queries, CreateService create, UpdateService update, ChangeDirectoryState changeState,
    PtvQueries ptv, PtvStaffQueries ptvAccess, ChangeDirectoryMaster changeMaster, RequestPtvExport export) : DirectoryEntryPage(changeState)
{
    [BindProperty] public ServiceForm Input { get; set; } = new();
    public ServiceStaffView? View { get; private set; }
    public DirectoryEditChoices Choices { get; private set; } = null!;
    /// <summary>Where the entry is kept and its PTV state (issue #19); null for a new entry.</summary>
    public PtvEntryPanel? PtvPanel { get; private set; }
    /// <summary>Kept in PTV: the fields PTV owns are shown, not edited, and the save keeps them as they are.</summary>
    public bool PtvOwnedReadOnly => View?.Master == DirectoryMaster.Ptv;
    public bool MayEdit => View is null || View.PermittedActions.Count > 0;

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = View is not null ? ServiceForm.From(View) : new ServiceForm { OrganisationId = Actor?.OrganisationId };
    }

    /// <summary>Saves; with <paramref name="state"/> (a "Save and …" button) also moves the entry, after the save.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid? id, PublicationState? state, CancellationToken cancellationToken)
    {
        var done = await SaveThenMoveAsync(DirectorySearchDocuments.ServiceKind, "/staff/directory/services", id, state, async () =>
        {
            if (id is not { } existing) return (await create.HandleAsync(Actor, Input.ToRequest(), cancellationToken), 1);
            // An entry kept in PTV: what PTV owns is not on the form, so it goes back as it is and the entity's guard passes.
            var current = await queries.GetServiceForStaffAsync(Actor, existing, cancellationToken);
            if (current.Master == DirectoryMaster.Ptv) Input.KeepPtvOwned(ServiceForm.From(current));
            return (existing, await update.HandleAsync(Actor, existing, Input.ToRequest(), cancellationToken));
        }, cancellationToken);
        if (done is not null) return done;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    protected override void KeepSavedVersion(int version) => Input.Version = version;

    /// <summary>The switch of master: the first post only asks (a second step that works without script); the second switches.</summary>
    public async Task<IActionResult> OnPostMasterAsync(Guid id, int? version, DirectoryMaster? master, bool confirm, CancellationToken cancellationToken)
    {
        if (confirm && await TryAsync(() => changeMaster.HandleAsync(Actor, PtvEntryKind.Service, id, new ChangeDirectoryMaster.Request(version, master), cancellationToken), "Master"))
        {
            Notice = T[$"directory.master_changed.{master}"];
            return Redirect($"/staff/directory/services/{id}");
        }
        var error = TakeModelErrors();
        await LoadAsync(id, cancellationToken, confirming: !confirm, error);
        Input = ServiceForm.From(View!);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(Guid id, CancellationToken cancellationToken)
    {
        var status = PtvExportStatus.NotSent;
        if (await TryAsync(async () => status = await export.HandleAsync(Actor, PtvEntryKind.Service, id, cancellationToken), "Export"))
        {
            Notice = T["ptv.export_requested", T[$"ptv.status.{status}"]];
            return Redirect($"/staff/directory/services/{id}");
        }
        var error = TakeModelErrors();
        await LoadAsync(id, cancellationToken, error: error);
        Input = ServiceForm.From(View!);
        return Page();
    }

    private async Task LoadAsync(Guid? id, CancellationToken cancellationToken, bool confirming = false, string? error = null)
    {
        View = id is { } existing ? await queries.GetServiceForStaffAsync(Actor, existing, cancellationToken) : null;
        if (View is not null)
        {
            var maySync = await ptvAccess.MaySyncAsync(Actor, View.Service.Organisation.Id, cancellationToken);
            var entry = maySync ? await ptv.EntryAsync(Actor, PtvEntryKind.Service, View.Service.Id, cancellationToken) : null;
            PtvPanel = new PtvEntryPanel(PtvEntryKind.Service, View.Master, View.PtvId, View.Version, maySync && View.PermittedActions.Count > 0, confirming, entry, error);
        }
        Choices = await DirectoryEditChoices.LoadAsync(queries, Actor, cancellationToken);
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Ptv;
using Perheverkko.Web.Features.Ptv.Staff;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>Adds or edits a place, and publishes, archives or takes it back to draft. Saves redirect back here.</summary>
public sealed class PlaceModel(DirectoryQueries queries, CreateMeetingPlace create, UpdateMeetingPlace update, ChangeDirectoryState changeState,
    PtvQueries ptv, PtvStaffQueries ptvAccess, ChangeDirectoryMaster changeMaster, RequestPtvExport export) : PerheverkkoPage
{
    [BindProperty] public PlaceForm Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public MeetingPlaceStaffView? View { get; private set; }
    public DirectoryEditChoices Choices { get; private set; } = null!;
    /// <summary>Where the entry is kept and its PTV state (issue #19); null for a new entry.</summary>
    public PtvEntryPanel? PtvPanel { get; private set; }
    /// <summary>Kept in PTV: the fields PTV owns are shown, not edited, and the save keeps them as they are.</summary>
    public bool PtvOwnedReadOnly => View?.Master == DirectoryMaster.Ptv;
    public bool MayEdit => View is null || View.PermittedActions.Count > 0;

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = View is not null ? PlaceForm.From(View) : new PlaceForm { OrganisationId = Actor?.OrganisationId };
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        Guid saved = id ?? Guid.Empty;
        if (await TryAsync(async () =>
            {
                if (id is { } existing)
                {
                    // An entry kept in PTV: what PTV owns is not on the form, so it goes back as it is and the entity's guard passes.
                    var current = await queries.GetMeetingPlaceForStaffAsync(Actor, existing, cancellationToken);
                    if (current.Master == DirectoryMaster.Ptv) Input.KeepPtvOwned(PlaceForm.From(current));
                    await update.HandleAsync(Actor, existing, Input.ToRequest(), cancellationToken);
                }
                else saved = await create.HandleAsync(Actor, Input.ToRequest(), cancellationToken);
            }))
        {
            Notice = T["directory.saved"];
            return Redirect($"/staff/directory/places/{saved}");
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStateAsync(Guid id, int? version, PublicationState? state, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => changeState.HandleAsync(Actor, DirectorySearchDocuments.MeetingPlaceKind, id, new ChangeDirectoryState.Request(version, state), cancellationToken)))
        {
            Notice = T[DirectoryTexts.StateChanged(state)];
            return Redirect($"/staff/directory/places/{id}");
        }
        await LoadAsync(id, cancellationToken);
        Input = PlaceForm.From(View!);
        return Page();
    }

    /// <summary>The switch of master: the first post only asks (a second step that works without script); the second switches.</summary>
    public async Task<IActionResult> OnPostMasterAsync(Guid id, int? version, DirectoryMaster? master, bool confirm, CancellationToken cancellationToken)
    {
        if (confirm && await TryAsync(() => changeMaster.HandleAsync(Actor, PtvEntryKind.MeetingPlace, id, new ChangeDirectoryMaster.Request(version, master), cancellationToken), "Master"))
        {
            Notice = T[$"directory.master_changed.{master}"];
            return Redirect($"/staff/directory/places/{id}");
        }
        var error = TakeModelErrors();
        await LoadAsync(id, cancellationToken, confirming: !confirm, error);
        Input = PlaceForm.From(View!);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(Guid id, CancellationToken cancellationToken)
    {
        var status = PtvExportStatus.NotSent;
        if (await TryAsync(async () => status = await export.HandleAsync(Actor, PtvEntryKind.MeetingPlace, id, cancellationToken), "Export"))
        {
            Notice = T["ptv.export_requested", T[$"ptv.status.{status}"]];
            return Redirect($"/staff/directory/places/{id}");
        }
        var error = TakeModelErrors();
        await LoadAsync(id, cancellationToken, error: error);
        Input = PlaceForm.From(View!);
        return Page();
    }

    private async Task LoadAsync(Guid? id, CancellationToken cancellationToken, bool confirming = false, string? error = null)
    {
        View = id is { } existing ? await queries.GetMeetingPlaceForStaffAsync(Actor, existing, cancellationToken) : null;
        if (View is not null)
        {
            var maySync = await ptvAccess.MaySyncAsync(Actor, View.MeetingPlace.Organisation.Id, cancellationToken);
            var entry = maySync ? await ptv.EntryAsync(Actor, PtvEntryKind.MeetingPlace, View.MeetingPlace.Id, cancellationToken) : null;
            PtvPanel = new PtvEntryPanel(PtvEntryKind.MeetingPlace, View.Master, View.PtvId, View.Version, maySync && View.PermittedActions.Count > 0, confirming, entry, error);
        }
        Choices = await DirectoryEditChoices.LoadAsync(queries, Actor, cancellationToken);
    }
}

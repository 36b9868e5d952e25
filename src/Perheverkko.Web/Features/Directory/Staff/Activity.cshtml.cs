using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>
/// Adds or edits an activity, and publishes, archives or takes it back to draft. A draft shows what of the four
/// agreed things (001 §15) is still missing; publishing is refused until they are there. Saves redirect back here.
/// </summary>
public sealed class ActivityModel(DirectoryQueries queries, CreateActivity create, UpdateActivity update, ChangeDirectoryState changeState) : PerheverkkoPage
{
    [BindProperty] public ActivityForm Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public ActivityStaffView? View { get; private set; }
    public DirectoryEditChoices Choices { get; private set; } = null!;
    public bool MayEdit => View is null || View.PermittedActions.Count > 0;

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (View is not null) Input = ActivityForm.From(View);
        else Input = new ActivityForm { OrganisationId = Actor?.OrganisationId, Cost = Cost.Free, Languages = "fi" };
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        Guid saved = id ?? Guid.Empty;
        if (await TryAsync(async () =>
            {
                if (id is { } existing) await update.HandleAsync(Actor, existing, Input.ToRequest(), cancellationToken);
                else saved = await create.HandleAsync(Actor, Input.ToRequest(), cancellationToken);
            }))
        {
            Notice = T["directory.saved"];
            return Redirect($"/staff/directory/activities/{saved}");
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStateAsync(Guid id, int? version, PublicationState? state, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => changeState.HandleAsync(Actor, DirectorySearchDocuments.ActivityKind, id, new ChangeDirectoryState.Request(version, state), cancellationToken)))
        {
            Notice = T[DirectoryTexts.StateChanged(state)];
            return Redirect($"/staff/directory/activities/{id}");
        }
        await LoadAsync(id, cancellationToken);
        Input = ActivityForm.From(View!);
        return Page();
    }

    private async Task LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        View = id is { } existing ? await queries.GetActivityForStaffAsync(Actor, existing, cancellationToken) : null;
        Choices = await DirectoryEditChoices.LoadAsync(queries, Actor, cancellationToken);
    }
}

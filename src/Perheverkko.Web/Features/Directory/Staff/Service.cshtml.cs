using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>Adds or edits a service, and publishes, archives or takes it back to draft. Saves redirect back here.</summary>
public sealed class ServiceModel(DirectoryQueries queries, CreateService create, UpdateService update, ChangeDirectoryState changeState) : PerheverkkoPage
{
    [BindProperty] public ServiceForm Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public ServiceStaffView? View { get; private set; }
    public DirectoryEditChoices Choices { get; private set; } = null!;
    public bool MayEdit => View is null || View.PermittedActions.Count > 0;

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Input = View is not null ? ServiceForm.From(View) : new ServiceForm { OrganisationId = Actor?.OrganisationId };
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
            return Redirect($"/staff/directory/services/{saved}");
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStateAsync(Guid id, int? version, PublicationState? state, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => changeState.HandleAsync(Actor, DirectorySearchDocuments.ServiceKind, id, new ChangeDirectoryState.Request(version, state), cancellationToken)))
        {
            Notice = T[DirectoryTexts.StateChanged(state)];
            return Redirect($"/staff/directory/services/{id}");
        }
        await LoadAsync(id, cancellationToken);
        Input = ServiceForm.From(View!);
        return Page();
    }

    private async Task LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        View = id is { } existing ? await queries.GetServiceForStaffAsync(Actor, existing, cancellationToken) : null;
        Choices = await DirectoryEditChoices.LoadAsync(queries, Actor, cancellationToken);
    }
}

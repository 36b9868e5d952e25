using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>
/// The base of the three edit pages (place, service, activity): one form that saves and, from its "Save and …" buttons,
/// moves the entry to another state in the same request (issue #13 item 4, docs/directory.md). What was typed is saved
/// first, so a state change can never discard it; when the state change is refused (an activity's missing agreements or
/// people, another organisation's draft place) the form comes back as typed, at the saved version, with the reason.
/// </summary>
public abstract class DirectoryEntryPage(ChangeDirectoryState changeState) : PerheverkkoPage
{
    [TempData] public string? Notice { get; set; }

    /// <summary>The changes were saved but the state change that was asked for was refused; the reason is at the top of the form.</summary>
    public bool SavedButNotMoved { get; private set; }

    /// <summary>
    /// Runs <paramref name="save"/> (create or update, giving the entry's id and version) and then, for an existing entry
    /// and a <paramref name="state"/>, the state change. Null when the page is to be shown again (errors are in ModelState).
    /// </summary>
    protected async Task<IActionResult?> SaveThenMoveAsync(string kind, string editPath, Guid? id, PublicationState? state,
        Func<Task<(Guid Id, int Version)>> save, CancellationToken cancellationToken)
    {
        (Guid Id, int Version) saved = default;
        if (!await TryAsync(async () => saved = await save())) return null;
        // A new entry is saved as a draft first: its form has no state buttons (an activity's people are named after it exists).
        if (id is not null && state is { } target
            && !await TryAsync(() => changeState.HandleAsync(Actor, kind, saved.Id, new ChangeDirectoryState.Request(saved.Version, target), cancellationToken)))
        {
            // The form's hidden version is the saved one now, so the next press saves over this save, not against it.
            ModelState.Remove("Input.Version");
            SavedButNotMoved = true;
            KeepSavedVersion(saved.Version);
            return null;
        }
        Notice = state is { } moved && id is not null ? $"{T["directory.saved"]} {T[DirectoryTexts.StateChanged(moved)]}" : T["directory.saved"];
        return Redirect($"{editPath}/{saved.Id}");
    }

    /// <summary>Sets the form's version to the one just saved.</summary>
    protected abstract void KeepSavedVersion(int version);
}

/// <summary>How an edit form ends: "Save", and for an existing entry one "Save and …" button for each state it may move to.</summary>
public sealed record SaveButtons(PublicationState? State)
{
    public IReadOnlyList<PublicationState> Targets => State switch
    {
        null => [],
        PublicationState.Draft => [PublicationState.Published, PublicationState.Archived],
        PublicationState.Published => [PublicationState.Draft, PublicationState.Archived],
        _ => [PublicationState.Draft],
    };
}

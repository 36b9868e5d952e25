using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>
/// Adds or edits an activity, and publishes, archives or takes it back to draft. A draft shows what of the four
/// agreed things (001 §15) is still missing; publishing is refused until they are there. The form saves and publishes
/// together (<see cref="DirectoryEntryPage"/>); saves redirect back here. Another organisation's activity is shown, not edited.
/// Its people (issue #16): the viewer's organisation's by name, the others' as counts; naming, changing and removing
/// (with a confirm step) one's own; what they lack before publishing; a published activity whose requirements lapsed is marked.
/// </summary>
public sealed class ActivityModel(DirectoryQueries queries, CreateActivity create, UpdateActivity update, ChangeDirectoryState changeState,
    ActivityPeopleQueries peopleQueries, NameActivityPerson namePerson, ChangeActivityTask changeTask, RemoveActivityPerson removePerson) : DirectoryEntryPage(changeState)
{
    [BindProperty] public ActivityForm Input { get; set; } = new();
    [BindProperty] public ActivityPersonForm Person { get; set; } = new();
    /// <summary>The viewer's people in the activity; null when the viewer manages no organisation's people.</summary>
    public ActivityPeopleView? People { get; private set; }
    /// <summary>What the activity's people lack before it may be published, as the gate judges it.</summary>
    public ActivityPeopleGaps? Gaps { get; private set; }
    public bool RequirementsLapsed { get; private set; }
    /// <summary>The person whose removal waits for confirmation (the second step, without JavaScript).</summary>
    public Guid? ConfirmRemoval { get; private set; }
    /// <summary>A refused step on the people shows its message by the people's form, not by the activity's.</summary>
    public IReadOnlyList<string> PersonErrors { get; private set; } = [];
    public ActivityStaffView? View { get; private set; }
    public DirectoryEditChoices Choices { get; private set; } = null!;
    public bool MayEdit => View is null || View.PermittedActions.Count > 0;

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (View is not null) Input = ActivityForm.From(View);
        else Input = new ActivityForm { OrganisationId = Actor?.OrganisationId, Cost = Cost.Free, Languages = "fi" };
    }

    /// <summary>Saves; with <paramref name="state"/> (a "Save and …" button) also moves the activity, after the save.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid? id, PublicationState? state, CancellationToken cancellationToken)
    {
        var done = await SaveThenMoveAsync(DirectorySearchDocuments.ActivityKind, "/staff/directory/activities", id, state, async () => id is { } existing
            ? (existing, await update.HandleAsync(Actor, existing, Input.ToRequest(), cancellationToken))
            : (await create.HandleAsync(Actor, Input.ToRequest(), cancellationToken), 1), cancellationToken);
        if (done is not null) return done;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    protected override void KeepSavedVersion(int version) => Input.Version = version;

    public Task<IActionResult> OnPostNamePersonAsync(Guid id, CancellationToken cancellationToken) =>
        PersonStepAsync(id, () => namePerson.HandleAsync(Actor, id,
            new NameActivityPerson.Request(Person.WorkerId, Person.Role, Person.ChildrenWithoutGuardian), cancellationToken), "workforce.activity.named", cancellationToken);

    public Task<IActionResult> OnPostChangePersonAsync(Guid id, Guid workerId, CancellationToken cancellationToken) =>
        PersonStepAsync(id, () => changeTask.HandleAsync(Actor, id, workerId,
            new ChangeActivityTask.Request(Person.Role, Person.ChildrenWithoutGuardian), cancellationToken), "workforce.activity.changed", cancellationToken);

    /// <summary>The first post asks to confirm; the second, with <paramref name="confirmed"/>, removes.</summary>
    public async Task<IActionResult> OnPostRemovePersonAsync(Guid id, Guid workerId, bool confirmed, CancellationToken cancellationToken)
    {
        if (confirmed) return await PersonStepAsync(id, () => removePerson.HandleAsync(Actor, id, workerId, cancellationToken), "workforce.activity.removed", cancellationToken);
        await LoadAsync(id, cancellationToken);
        Input = ActivityForm.From(View!);
        ConfirmRemoval = People?.OwnPeople.Any(p => p.WorkerId == workerId) == true ? workerId : null;
        return Page();
    }

    private async Task<IActionResult> PersonStepAsync(Guid id, Func<Task> step, string notice, CancellationToken cancellationToken)
    {
        if (await TryAsync(step, nameof(Person)))
        {
            Notice = T[notice];
            return Redirect($"/staff/directory/activities/{id}#people");
        }
        PersonErrors = ModelState[string.Empty]?.Errors.Select(e => e.ErrorMessage).ToList() ?? [];
        ModelState.Remove(string.Empty);
        await LoadAsync(id, cancellationToken);
        Input = ActivityForm.From(View!);
        return Page();
    }

    private async Task LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        View = id is { } existing ? await queries.GetActivityForStaffAsync(Actor, existing, cancellationToken) : null;
        Choices = await DirectoryEditChoices.LoadAsync(queries, Actor, cancellationToken);
        if (View is null) return;
        People = await peopleQueries.ForPageAsync(Actor, View.Activity.Id, cancellationToken);
        Gaps = await peopleQueries.GapsAsync(Actor, View.Activity.Id, cancellationToken);
        RequirementsLapsed = View.Activity.State == PublicationState.Published && (await peopleQueries.LapsedAsync([View.Activity.Id], cancellationToken)).Count > 0;
    }
}

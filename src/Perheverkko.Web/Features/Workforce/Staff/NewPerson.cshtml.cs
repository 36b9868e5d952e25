using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce.Staff;

/// <summary>Add an employee or a volunteer to one's own organisation's people.</summary>
public sealed class NewPersonModel(WorkforceQueries queries, AddWorker add) : PerheverkkoPage
{
    public sealed class PersonInput
    {
        public string? Name { get; set; }
        public string? WorkEmail { get; set; }
        public WorkerKind? Kind { get; set; } = WorkerKind.Employee;
    }

    [BindProperty] public PersonInput Input { get; set; } = new();

    /// <summary>The reader's own organisation, which the person joins.</summary>
    public Platform.Data.LocalizedText? Organisation { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisation = await queries.OwnOrganisationAsync(Actor, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = Guid.Empty;
        if (await TryAsync(async () => id = await add.HandleAsync(Actor, new AddWorker.Request(Input.Name, Input.Kind, Input.WorkEmail), cancellationToken)))
            return Redirect($"/staff/people/{id}?done=added");
        Organisation = await queries.OwnOrganisationAsync(Actor, cancellationToken);
        return Page();
    }
}

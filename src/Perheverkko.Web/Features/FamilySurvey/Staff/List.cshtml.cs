using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilySurvey.Staff;

/// <summary>The region's family surveys; the coordinator starts the next one from the template here.</summary>
public sealed class ListModel(FamilySurveyQueries queries, CreateSurvey create, TimeProvider clock) : PerheverkkoPage
{
    [BindProperty] public int? Year { get; set; }
    public SurveyListView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.ListAsync(Actor, cancellationToken);
        Year = HelsinkiTime.Today(clock).Year;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var key in ModelState.Keys.ToList()) ModelState[key]!.Errors.Clear();
        Guid id = default;
        if (await TryAsync(async () => id = await create.HandleAsync(Actor, new CreateSurvey.Request(Year), cancellationToken), ""))
            return Redirect($"/staff/surveys/{id}?done=created");
        View = await queries.ListAsync(Actor, cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.ActionPlans.Staff;

/// <summary>The region's action plans by year; the coordinator starts a year's plan here, empty or from an earlier one.</summary>
public sealed class ListModel(ActionPlanQueries queries, StartActionPlan start) : PerheverkkoPage
{
    public sealed class StartInput
    {
        public int? Year { get; set; }
        public int? FromYear { get; set; }
    }

    [BindProperty] public StartInput Input { get; set; } = new();
    public ActionPlanListView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.ListAsync(Actor, cancellationToken);
        Input = new StartInput { Year = View.SuggestedYear, FromYear = View.Plans.FirstOrDefault()?.Year };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => start.HandleAsync(Actor, new StartActionPlan.Request(Input.Year, Input.FromYear), cancellationToken)))
            return Redirect($"/staff/action-plans/{Input.Year}?done=started");
        View = await queries.ListAsync(Actor, cancellationToken);
        return Page();
    }
}

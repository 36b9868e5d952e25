using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.ActionPlans.Staff;

/// <summary>What changed between a year's plan and another's (default: the previous plan): goals paired by identity.</summary>
public sealed class CompareModel(ActionPlanQueries queries) : PerheverkkoPage
{
    [FromRoute] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? With { get; set; }
    public ActionPlanComparisonView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await queries.CompareAsync(Actor, Year, With, cancellationToken);
}

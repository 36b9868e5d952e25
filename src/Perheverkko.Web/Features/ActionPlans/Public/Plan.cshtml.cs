using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.ActionPlans.Public;

/// <summary>A published action plan (<c>/action-plan/{year}</c>, the default region's); a draft or processed one is not found.</summary>
[AllowAnonymous]
public sealed class PlanModel(ActionPlanQueries queries) : PerheverkkoPage
{
    public PublicActionPlan Plan { get; private set; } = null!;

    public async Task OnGetAsync(int year, CancellationToken cancellationToken) => Plan = await queries.PublishedAsync(null, year, cancellationToken);
}

/// <summary>A region's published action plan under its address (<c>/r/{region}/action-plan/{year}</c>).</summary>
[AllowAnonymous]
public sealed class RegionPlanModel(ActionPlanQueries queries) : PerheverkkoPage
{
    public PublicActionPlan Plan { get; private set; } = null!;

    public async Task OnGetAsync(string region, int year, CancellationToken cancellationToken) => Plan = await queries.PublishedAsync(region, year, cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

/// <summary>
/// The front page. <c>/r/{region}</c> is a region's front page; <c>/</c> is the only region's in a single-region deployment,
/// and with several regions lets a family choose a region or find their municipality (decision 0026).
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(HomeQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    /// <summary>The municipality search of the region choice (a GET form, so it works without JavaScript).</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public FrontPageView View { get; private set; } = null!;
    public RegionAddress? Region { get; private set; }
    public RegionChoiceView? Choice { get; private set; }

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        var all = await regions.AllAsync(cancellationToken);
        if (region is null && all.Count > 1)
        {
            Choice = await queries.RegionChoiceAsync(all, Q, cancellationToken);
            return;
        }
        Region = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : Region.Root;
        View = await queries.FrontPageAsync(Region.Id, cancellationToken);
    }
}

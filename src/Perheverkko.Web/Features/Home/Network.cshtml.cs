using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

/// <summary>
/// The network's own page, one click down from the front page (decision 0030): what the family-centre network is, its
/// municipalities, family centres and the parties of the agreement in force. <c>/network</c> is the default region's,
/// <c>/r/{region}/network</c> each region's.
/// </summary>
[AllowAnonymous]
public sealed class NetworkModel(HomeQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public FrontPageView View { get; private set; } = null!;
    public RegionAddress Region { get; private set; } = null!;

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        Region = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : Region.Root;
        View = await queries.FrontPageAsync(Region.Id, cancellationToken);
    }
}

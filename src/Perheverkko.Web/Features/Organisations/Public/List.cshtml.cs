using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Public;

/// <summary>One region's organisations: /r/{region}/organisations, the default region's at /organisations (decision 0026).</summary>
[AllowAnonymous]
public sealed class ListModel(OrganisationQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public IReadOnlyList<PublicOrganisationView> Organisations { get; private set; } = [];

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        Organisations = await queries.PublicListAsync(address.Id, cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Materials.Public;

/// <summary>One region's public materials by folder: /r/{region}/materials, the default region's at /materials (decision 0026).</summary>
[AllowAnonymous]
public sealed class IndexModel(MaterialsQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public IReadOnlyList<PublicMaterialFolder> Folders { get; private set; } = [];
    public RegionAddress Region { get; private set; } = null!;

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        Region = await regions.BySlugAsync(region, cancellationToken);
        Folders = await queries.PublicAsync(Region.Id, cancellationToken);
    }
}

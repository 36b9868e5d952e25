using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Public;

/// <summary>The parties' decisions and signing state: public, as the agreement is; references only, no personal data.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class DecisionsModel(SigningQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public PublicDecisionsView View { get; private set; } = null!;
    public string Slug { get; private set; } = "";

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, string period, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        View = await queries.PublicDecisionsAsync(await queries.VersionIdAsync(address.Id, period, cancellationToken), cancellationToken);
        Slug = View.Period.Replace('–', '-');
    }
}

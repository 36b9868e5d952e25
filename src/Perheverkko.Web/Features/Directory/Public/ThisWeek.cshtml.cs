using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>"This week in Mikkeli": every occurrence of the coming seven days, in time order.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class ThisWeekModel(DirectoryQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public NamedRef Municipality { get; private set; } = null!;
    public IReadOnlyList<WeekItem> Items { get; private set; } = [];

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, string slug, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        (Municipality, _) = await queries.MunicipalityAsync(address.Id, slug, cancellationToken);
        Items = await queries.ThisWeekAsync(Municipality.Id, null, cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>A published service: who provides it, for whom, how to reach it, and schema.org (Government)Service data.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class ServiceModel(DirectoryQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    /// <summary>What links to the pages of the entry's region begin with: nothing in the default region, /r/{region} in others.</summary>
    public string Prefix { get; private set; } = "";

    public ServiceView Service { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Service = await queries.GetServiceAsync(id, false, cancellationToken);
        Prefix = (await regions.OfEntryAsync(id, cancellationToken))?.Prefix ?? "";
    }
}

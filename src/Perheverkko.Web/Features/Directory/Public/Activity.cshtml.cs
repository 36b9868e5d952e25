using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>A published activity: when and where, for whom, how to join, its calendar file, and schema.org Event data.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class ActivityModel(DirectoryQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    /// <summary>What links to the pages of the entry's region begin with: nothing in the default region, /r/{region} in others.</summary>
    public string Prefix { get; private set; } = "";

    public ActivityView Activity { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Activity = await queries.GetActivityAsync(id, false, cancellationToken);
        Prefix = (await regions.OfEntryAsync(id, cancellationToken))?.Prefix ?? "";
    }
}

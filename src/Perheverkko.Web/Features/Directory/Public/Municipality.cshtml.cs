using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>
/// One municipality: its meeting places, and the first of this week's occurrences, of its activities (those meeting
/// soonest) and of the services for it, each with a link to the rest (a large town has hundreds of each).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class MunicipalityModel(DirectoryQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public NamedRef Municipality { get; private set; } = null!;
    public IReadOnlyList<NamedRef> FamilyCentres { get; private set; } = [];
    /// <summary>How many of each list the page shows.</summary>
    public const int Listed = 20;

    public IReadOnlyList<DirectoryHit> Places { get; private set; } = [];
    public ListSlice<WeekItem> ThisWeek { get; private set; } = ListSlice<WeekItem>.Whole([]);
    public ListSlice<DirectoryHit> Activities { get; private set; } = ListSlice<DirectoryHit>.Whole([]);
    public ListSlice<DirectoryHit> Services { get; private set; } = ListSlice<DirectoryHit>.Whole([]);

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, string slug, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        (Municipality, FamilyCentres) = await queries.MunicipalityAsync(address.Id, slug, cancellationToken);
        Places = await queries.PlaceHitsAsync(Municipality.Id, null, cancellationToken);
        (Activities, ThisWeek) = await queries.ActivitiesAndWeekAsync(Municipality.Id, null, Listed, cancellationToken);
        Services = await queries.ServiceHitsAsync(Municipality.Id, null, Listed, cancellationToken);
    }
}

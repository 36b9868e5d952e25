using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>Everything in one municipality: its meeting places, this week's activities, all activities and the services for it.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class MunicipalityModel(DirectoryQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public NamedRef Municipality { get; private set; } = null!;
    public IReadOnlyList<NamedRef> FamilyCentres { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Places { get; private set; } = [];
    public IReadOnlyList<WeekItem> ThisWeek { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Activities { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Services { get; private set; } = [];

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, string slug, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        (Municipality, FamilyCentres) = await queries.MunicipalityAsync(address.Id, slug, cancellationToken);
        Places = await queries.PlaceHitsAsync(Municipality.Id, null, cancellationToken);
        (Activities, ThisWeek) = await queries.ActivitiesAndWeekAsync(Municipality.Id, null, cancellationToken);
        Services = await queries.ServiceHitsAsync(Municipality.Id, null, cancellationToken);
    }
}

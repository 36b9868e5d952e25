using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>A family centre: its premises, the services offered there and what happens there, with a way on to its municipality.</summary>
[AllowAnonymous]
public sealed class FamilyCentreModel(DirectoryQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public NamedRef FamilyCentre { get; private set; } = null!;
    public NamedRef Municipality { get; private set; } = null!;
    public IReadOnlyList<DirectoryHit> Places { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Services { get; private set; } = [];
    public ListSlice<WeekItem> ThisWeek { get; private set; } = ListSlice<WeekItem>.Whole([]);
    public Organisations.FamilyCentreContact Contact { get; private set; } = Organisations.FamilyCentreContact.None;
    /// <summary>Whether the contact data is the demo seed's invention: the page says so.</summary>
    public bool ContactIsDemo { get; private set; }

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, string slug, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        (FamilyCentre, Municipality) = await queries.FamilyCentreAsync(address.Id, slug, cancellationToken);
        (Contact, ContactIsDemo) = await queries.FamilyCentreContactAsync(FamilyCentre.Id, cancellationToken);
        Places = await queries.PlaceHitsAsync(null, FamilyCentre.Id, cancellationToken);
        var placeIds = Places.Select(p => p.Id).ToList();
        Services = (await queries.ServiceHitsAsync(null, placeIds, int.MaxValue, cancellationToken)).Items;
        // The municipality's week: the first occurrences, and the week's page for the rest.
        ThisWeek = await queries.ThisWeekAsync(Municipality.Id, null, 0, MunicipalityModel.Listed, cancellationToken);
    }
}

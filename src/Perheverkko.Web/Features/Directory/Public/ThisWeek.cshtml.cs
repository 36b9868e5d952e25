using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>"This week in Mikkeli": every occurrence of the coming seven days, in time order, a page at a time.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class ThisWeekModel(DirectoryQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    /// <summary>Occurrences a page: a large town has hundreds a week.</summary>
    public const int PageSize = 50;

    public NamedRef Municipality { get; private set; } = null!;
    public ListSlice<WeekItem> Items { get; private set; } = ListSlice<WeekItem>.Whole([]);
    public Pager Pager { get; private set; } = null!;

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, string slug, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        (Municipality, _) = await queries.MunicipalityAsync(address.Id, slug, cancellationToken);
        // Read from the query itself: a handler parameter named "page" binds Razor Pages' own route value of that name.
        var asked = Pager.Asked(Request.Query["page"].FirstOrDefault());
        Items = await queries.ThisWeekAsync(Municipality.Id, null, (asked - 1) * PageSize, PageSize, cancellationToken);
        var pageCount = Pager.PageCountOf(Items.Total, PageSize);
        if (asked > pageCount) Items = await queries.ThisWeekAsync(Municipality.Id, null, (pageCount - 1) * PageSize, PageSize, cancellationToken);
        var path = $"{Prefix}/directory/municipalities/{Municipality.Slug}/this-week";
        Pager = new Pager(Math.Min(asked, pageCount), pageCount, n => n == 1 ? path : $"{path}?page={n}");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Directory.Public;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

/// <summary>
/// The front page. <c>/r/{region}</c> is a region's front page; <c>/</c> is the only region's in a single-region deployment,
/// and with several regions lets a family choose a region or find their municipality (decision 0026). A region's front
/// page leads with what a family needs (decision 0030): the search, Perheneuvo, this week in a chosen municipality and
/// the family centres and meeting places there; the network's own story is one click down (<see cref="NetworkModel"/>).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class IndexModel(HomeQueries queries, RegionAddressQueries regions, FamilyAdvice.AdviceChannelQueries advice) : PerheverkkoPage
{
    /// <summary>The municipality search of the region choice (a GET form, so it works without JavaScript).</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>The municipality whose week, family centres and places the page shows (a GET form: no JavaScript needed).</summary>
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }

    public FamilyFrontPageView View { get; private set; } = null!;
    /// <summary>The region's Perheneuvo phone and hours for the Perheneuvo block.</summary>
    public AdviceChannelContact? AdviceChannel { get; private set; }
    public RegionAddress? Region { get; private set; }
    public RegionChoiceView? Choice { get; private set; }

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        var all = await regions.AllAsync(cancellationToken);
        if (region is null && all.Count > 1)
        {
            Choice = await queries.RegionChoiceAsync(all, Q, cancellationToken);
            return;
        }
        Region = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : Region.Root;
        View = await queries.FamilyFrontPageAsync(Region.Id, Municipality, cancellationToken);
        var channel = await advice.PublicChannelAsync(Region.Id, cancellationToken);
        AdviceChannel = new AdviceChannelContact(channel.Phone, channel.PhoneHours);
    }
}

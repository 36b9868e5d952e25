using Microsoft.AspNetCore.Mvc;

namespace Perheverkko.Web.Features.Announcements.Public;

/// <summary>What a slot on another feature's page shows: the front page's (a region's) or a municipality page's current announcements.</summary>
/// <param name="RssPath">The feed addresses (RSS and Atom) the slot's footer links to, next to the page of all.</param>
public sealed record AnnouncementSlot(PublicAnnouncementList List, string AllPath, string RssPath, string AtomPath);

/// <summary>
/// The announcements slot of the front page and the municipality pages: the current ones, newest first, a handful, with a
/// link to all. It renders nothing when there is none, so a page without news keeps its order (decision 0030).
/// </summary>
public sealed class AnnouncementsViewComponent(AnnouncementsQueries queries) : ViewComponent
{
    public const int Handful = 5;

    /// <param name="region">The region's short name from the address (none: the default region).</param>
    /// <param name="municipality">A municipality's short name: its own and the region-wide ones.</param>
    public async Task<IViewComponentResult> InvokeAsync(string? region, string? municipality)
    {
        var list = await queries.CurrentAsync(region, municipality, Handful, HttpContext.RequestAborted);
        var prefix = region is null ? "" : list.Region.Root;
        return View("/Features/Announcements/Public/_Slot.cshtml", new AnnouncementSlot(list, $"{prefix}/announcements",
            AnnouncementFeeds.FeedPath(prefix, municipality, "rss"), AnnouncementFeeds.FeedPath(prefix, municipality, "atom")));
    }
}

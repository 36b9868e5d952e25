using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Announcements.Public;

/// <summary>All of a region's current announcements for families, newest first (<c>/announcements</c>, <c>/r/{region}/announcements</c>).</summary>
[AllowAnonymous]
public sealed class ListModel(AnnouncementsQueries queries) : PerheverkkoPage
{
    public PublicAnnouncementList List { get; private set; } = null!;
    public string Prefix { get; private set; } = "";

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        List = await queries.CurrentAsync(region, null, null, cancellationToken);
        Prefix = region is null ? "" : List.Region.Root;
    }
}

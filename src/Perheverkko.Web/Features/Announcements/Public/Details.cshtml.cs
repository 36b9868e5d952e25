using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Announcements.Public;

/// <summary>One published announcement; anything else (scheduled, ended, withdrawn, another region's under a region's address) is not found.</summary>
[AllowAnonymous]
public sealed class DetailsModel(AnnouncementsQueries queries) : PerheverkkoPage
{
    public PublicAnnouncement Announcement { get; private set; } = null!;

    public async Task OnGetAsync(string? region, Guid id, CancellationToken cancellationToken) =>
        Announcement = await queries.PublicAsync(region, id, cancellationToken);
}

using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Announcements.Staff;

/// <summary>The region's announcements with their state now; change and withdraw only where the reader may.</summary>
public sealed class ListModel(AnnouncementsQueries queries) : PerheverkkoPage
{
    public AnnouncementListView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await queries.StaffListAsync(Actor, cancellationToken);
}

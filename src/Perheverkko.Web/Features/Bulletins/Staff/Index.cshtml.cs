using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Bulletins.Staff;

/// <summary>The region's bulletins with their state and delivery counts, for all its staff.</summary>
public sealed class IndexModel(BulletinsQueries queries) : PerheverkkoPage
{
    public BulletinListView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await queries.ListAsync(Actor, cancellationToken);
}

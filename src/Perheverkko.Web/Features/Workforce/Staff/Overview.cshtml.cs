using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce.Staff;

/// <summary>The coordinator's overview: per organisation and municipality, how many published activities hold, lapse soon or have lapsed.</summary>
public sealed class OverviewModel(WorkforceOverviewQueries queries) : PerheverkkoPage
{
    public WorkforceOverviewView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await queries.OverviewAsync(Actor, null, cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(HomeQueries queries) : PerheverkkoPage
{
    public FrontPageView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await queries.FrontPageAsync(cancellationToken);
}

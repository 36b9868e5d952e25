using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>A published service: who provides it, for whom, how to reach it, and schema.org (Government)Service data.</summary>
[AllowAnonymous]
public sealed class ServiceModel(DirectoryQueries queries) : PerheverkkoPage
{
    public ServiceView Service { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Service = await queries.GetServiceAsync(id, false, cancellationToken);
}

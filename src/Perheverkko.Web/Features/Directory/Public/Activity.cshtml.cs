using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>A published activity: when and where, for whom, how to join, its calendar file, and schema.org Event data.</summary>
[AllowAnonymous]
public sealed class ActivityModel(DirectoryQueries queries) : PerheverkkoPage
{
    public ActivityView Activity { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Activity = await queries.GetActivityAsync(id, false, cancellationToken);
}

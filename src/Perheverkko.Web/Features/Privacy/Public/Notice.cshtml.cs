using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Privacy.Public;

/// <summary>The privacy notice (register description, GDPR art. 13/14), made from what the code declares it stores (decision 0031).</summary>
[AllowAnonymous]
public sealed class NoticeModel(PrivacyQueries queries) : PerheverkkoPage
{
    public PrivacyNoticeView View { get; private set; } = null!;

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken) =>
        View = await queries.NoticeAsync(region, cancellationToken);
}

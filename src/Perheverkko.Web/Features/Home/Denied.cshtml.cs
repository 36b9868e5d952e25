using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

[AllowAnonymous]
public sealed class DeniedModel : PerheverkkoPage
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}

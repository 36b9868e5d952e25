using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>"Forgot password": one answer for every address, whether or not it has an account.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessSetup.SignInRateLimit)]
public sealed class ForgotPasswordModel(RequestPasswordReset requestReset) : PerheverkkoPage
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new RequestPasswordReset.Request(Input.Email, HttpContext.Connection.RemoteIpAddress?.ToString());
        Sent = await TryAsync(() => requestReset.HandleAsync(request, cancellationToken));
        return Page();
    }
}

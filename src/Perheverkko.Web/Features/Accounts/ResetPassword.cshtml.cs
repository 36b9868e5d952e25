using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>The page a "forgot password" link opens: a new password, then back to sign-in (with the second factor if it is on).</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessSetup.SignInRateLimit)]
public sealed class ResetPasswordModel(ResetPassword resetPassword, PasswordResetQueries queries) : PerheverkkoPage
{
    public sealed class InputModel
    {
        public string? New { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool LinkValid { get; private set; } = true;
    public bool Done { get; private set; }

    public async Task OnGetAsync() => LinkValid = await queries.LinkValidAsync(Token);

    public async Task<IActionResult> OnPostAsync()
    {
        Done = await TryAsync(() => resetPassword.HandleAsync(new ResetPassword.Request(Token, Input.New)));
        // A spent or expired link shows its message instead of the form; a weak password keeps the form.
        if (!Done) LinkValid = ModelState.ContainsKey(string.Empty) ? !ModelState[string.Empty]!.Errors.Any() : true;
        Input.New = null;
        return Page();
    }
}

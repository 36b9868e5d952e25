using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>The second step of sign-in: a code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(AppSetup.SignInRateLimit)]
public sealed class SignInTwoFactorModel(SignInManager<StaffUser> signIn, AuditLog audit) : PerheverkkoPage
{
    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Accounts/SignIn");
        var code = (Input.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", T["validation.required"]);
            return Page();
        }
        var result = code.Length == 6 && code.All(char.IsDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        var actor = new Actor(user.Id, user.DisplayName, user.Role, user.OrganisationId);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInSucceeded, AuditOutcome.Succeeded, "User", user.Id, "password and second factor");
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }
        await audit.RecordNowAsync(actor, result.IsLockedOut ? AuditEvent.SignInLockedOut : AuditEvent.SignInFailed, AuditOutcome.Failed, "User", user.Id, "second factor");
        ModelState.AddModelError("Input.Code", result.IsLockedOut ? T["signin.locked_out"] : T["signin.code_wrong"]);
        return Page();
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AppSetup.SignInRateLimit)]
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit) : PerheverkkoPage
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool ExternalAvailable { get; private set; }

    public async Task OnGetAsync() => ExternalAvailable = await HasExternalAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalAvailable = await HasExternalAsync();
        if (string.IsNullOrWhiteSpace(Input.Email)) ModelState.AddModelError("Input.Email", T["validation.required"]);
        if (string.IsNullOrEmpty(Input.Password)) ModelState.AddModelError("Input.Password", T["validation.required"]);
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            await audit.RecordNowAsync(null, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", detail: "unknown account");
            return Refused(T["signin.failed"]);
        }
        var actor = new Actor(user.Id, user.DisplayName, user.Role, user.OrganisationId);
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInSucceeded, AuditOutcome.Succeeded, "User", user.Id, "password");
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor) return RedirectToPage("/Accounts/SignInTwoFactor", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInLockedOut, AuditOutcome.Denied, "User", user.Id);
            return Refused(T["signin.locked_out"]);
        }
        await audit.RecordNowAsync(actor, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", user.Id, "wrong password");
        return Refused(T["signin.failed"]);
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refused(string message)
    {
        Input.Password = null;
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private async Task<bool> HasExternalAsync() =>
        (await signIn.GetExternalAuthenticationSchemesAsync()).Any(s => s.Name == AccessSetup.OidcScheme);

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : "/staff";
}

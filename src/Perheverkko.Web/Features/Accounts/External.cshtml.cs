using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// Sign-in through an organisation's own identity provider (OpenID Connect). Accounts are still created here by an
/// administrator: the first external sign-in links the provider's account to the staff account with the same verified
/// e-mail; an unknown e-mail is refused.
/// </summary>
[AllowAnonymous]
public sealed class ExternalModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit) : PerheverkkoPage
{
    public string? Message { get; private set; }

    public IActionResult OnPost(string? returnUrl)
    {
        var redirect = Url.Page("/Accounts/External", "Callback", new { returnUrl = SignInModel.SafeReturnUrl(returnUrl) });
        var properties = signIn.ConfigureExternalAuthenticationProperties(AccessSetup.OidcScheme, redirect);
        return Challenge(properties, AccessSetup.OidcScheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null) return RedirectToPage("/Accounts/SignIn");
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        var user = result.Succeeded ? await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey) : null;
        if (!result.Succeeded && !result.IsLockedOut && info.Principal.FindFirstValue(ClaimTypes.Email) is { } email
            && info.Principal.FindFirstValue("email_verified") is not "false")
        {
            user = await users.FindByEmailAsync(email);
            if (user is not null && (await users.AddLoginAsync(user, info)).Succeeded)
            {
                await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
                result = Microsoft.AspNetCore.Identity.SignInResult.Success;
            }
        }
        if (result.Succeeded && user is not null)
        {
            await audit.RecordNowAsync(new Actor(user.Id, user.DisplayName, user.Role, user.OrganisationId), AuditEvent.SignInSucceeded,
                AuditOutcome.Succeeded, "User", user.Id, info.LoginProvider);
            return LocalRedirect(SignInModel.SafeReturnUrl(returnUrl));
        }
        await audit.RecordNowAsync(null, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", detail: $"{info.LoginProvider}: no matching account");
        Message = T["signin.external_unknown"];
        return Page();
    }
}

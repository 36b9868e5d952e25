using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// Sign-in through an organisation's own identity provider (OpenID Connect). Accounts are still created by an
/// administrator: the first external sign-in links the provider's account to the staff account with the same verified
/// e-mail; an unknown e-mail is refused.
/// </summary>
public sealed class SignInExternally(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit)
{
    public enum Outcome { NotStarted, SignedIn, Refused }

    /// <summary>What to challenge the provider with; it sends the browser back to <paramref name="callbackUrl"/>.</summary>
    public AuthenticationProperties Start(string? callbackUrl) =>
        signIn.ConfigureExternalAuthenticationProperties(AccessSetup.OidcScheme, callbackUrl);

    /// <summary>The provider's answer, back at the callback.</summary>
    public async Task<Outcome> HandleAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null) return Outcome.NotStarted;
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        var user = result.Succeeded ? await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey) : null;
        if (!result.Succeeded && !result.IsLockedOut && info.Principal.FindFirstValue(ClaimTypes.Email) is { } email
            && info.Principal.FindFirstValue("email_verified") is not "false")
        {
            user = await users.FindByEmailAsync(email);
            if (user is not null && (await users.AddLoginAsync(user, info)).Succeeded)
            {
                await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
                result = SignInResult.Success;
            }
        }
        if (result.Succeeded && user is not null)
        {
            await audit.RecordNowAsync(StaffAccounts.ActorOf(user), AuditEvent.SignInSucceeded, AuditOutcome.Succeeded, "User", user.Id, info.LoginProvider);
            return Outcome.SignedIn;
        }
        await audit.RecordNowAsync(null, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", detail: $"{info.LoginProvider}: no matching account");
        return Outcome.Refused;
    }
}

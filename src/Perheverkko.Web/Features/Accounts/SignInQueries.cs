using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>What the sign-in pages ask before anyone has signed in.</summary>
public sealed class SignInQueries(SignInManager<StaffUser> signIn)
{
    /// <summary>Whether an organisation's own identity provider (OpenID Connect) is configured.</summary>
    public async Task<bool> ExternalSignInAvailableAsync() =>
        (await signIn.GetExternalAuthenticationSchemesAsync()).Any(s => s.Name == AccessSetup.OidcScheme);

    /// <summary>Whether this browser has passed the password step and now owes the second factor.</summary>
    public async Task<bool> SecondFactorAwaitedAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;
}

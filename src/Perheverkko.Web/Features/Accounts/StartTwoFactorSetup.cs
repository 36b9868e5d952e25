using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A person opens the second-factor page: when it is off, they get the key (and otpauth address) to enter into an
/// authenticator app. The key is made on first need and kept until the second factor is turned on or off.
/// </summary>
public sealed class StartTwoFactorSetup(UserManager<StaffUser> users)
{
    /// <param name="SharedKey">The key in groups of four, for typing; empty when the second factor is already on.</param>
    public sealed record Setup(bool Enabled, string SharedKey, string AuthenticatorUri);

    /// <returns>Null when there is no account (signed out, or the account is gone).</returns>
    public async Task<Setup?> HandleAsync(Actor? actor)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return null;
        if (await users.GetTwoFactorEnabledAsync(user)) return new Setup(true, "", "");
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        return new Setup(false,
            string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant(),
            $"otpauth://totp/Perheverkko:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=Perheverkko&digits=6");
    }
}

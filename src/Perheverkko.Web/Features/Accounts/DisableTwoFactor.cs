using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>A person turns the second factor off; the authenticator key is replaced, so the old app entry stops working.</summary>
public sealed class DisableTwoFactor(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit)
{
    /// <returns>False when there is no account (signed out, or the account is gone).</returns>
    public async Task<bool> HandleAsync(Actor? actor)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return false;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordNowAsync(actor, AuditEvent.TwoFactorDisabled, AuditOutcome.Succeeded, "User", user.Id);
        await signIn.RefreshSignInAsync(user);
        return true;
    }
}

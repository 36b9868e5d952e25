using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A person turns the second factor off, proving it is them with the current password or a current code (a session left
/// open on a shared computer is not enough). The authenticator key is replaced and the recovery codes are forgotten.
/// </summary>
public sealed class DisableTwoFactor(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecondFactorCodes codes, AuditLog audit)
{
    /// <param name="Current">The current password or a current authenticator code.</param>
    public sealed record Request(string? Current);

    /// <returns>False when there is no account (signed out, or the account is gone).</returns>
    public async Task<bool> HandleAsync(Actor? actor, Request request)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return false;
        new InputCheck().That(!string.IsNullOrEmpty(request.Current), "current", "validation.required").ThrowIfInvalid();
        if (!await codes.ProvesPresenceAsync(user, request.Current))
        {
            await audit.RecordNowAsync(actor, AuditEvent.TwoFactorDisabled, AuditOutcome.Denied, "User", user.Id, "current password or code wrong");
            throw new DomainRuleViolation(AccountRules.ProofWrong);
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await codes.ForgetAsync(user);
        await audit.RecordNowAsync(actor, AuditEvent.TwoFactorDisabled, AuditOutcome.Succeeded, "User", user.Id);
        await signIn.RefreshSignInAsync(user);
        return true;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// The second step of sign-in: a code from the authenticator app (six digits, each accepted once), or a recovery code
/// (each usable once). Wrong codes are throttled per account (only someone with the right password gets here).
/// </summary>
public sealed class SignInWithSecondFactor(SignInManager<StaffUser> signIn, SecondFactorCodes codes, SignInThrottling throttling, AuditLog audit)
{
    public enum Outcome { PasswordStepMissing, SignedIn, Throttled, WrongCode }

    public sealed record Request(string? Code);

    public async Task<Outcome> HandleAsync(Request request)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Outcome.PasswordStepMissing;
        var code = new string((request.Code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        new InputCheck().That(code.Length > 0, "code", "validation.required").ThrowIfInvalid();

        var actor = StaffAccounts.ActorOf(user);
        var key = (ThrottlePolicy.SecondFactor, user.Id.ToString());
        if (await throttling.IsBlockedAsync(key))
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInThrottled, AuditOutcome.Denied, "User", user.Id, "second factor");
            return Outcome.Throttled;
        }
        var authenticator = code.Length == 6 && code.All(char.IsAsciiDigit);
        int? recoveryCodesLeft = null;
        var accepted = authenticator
            ? await codes.AcceptAuthenticatorCodeAsync(user, code)
            : (recoveryCodesLeft = await codes.RedeemRecoveryCodeAsync(user, code)) is not null;
        if (!accepted)
        {
            await throttling.FailAsync(key);
            await audit.RecordNowAsync(actor, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", user.Id, "second factor");
            return Outcome.WrongCode;
        }
        await throttling.ClearAsync(key);
        // What SignInManager's own two-factor sign-in does, with the code checked above instead of by Identity.
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        if (recoveryCodesLeft is { } left)
            await audit.RecordNowAsync(actor, AuditEvent.RecoveryCodeUsed, AuditOutcome.Succeeded, "User", user.Id, $"{left} left");
        await audit.RecordNowAsync(actor, AuditEvent.SignInSucceeded, AuditOutcome.Succeeded, "User", user.Id, "password and second factor");
        return Outcome.SignedIn;
    }
}

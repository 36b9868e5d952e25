using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>The second step of sign-in: a code from the authenticator app (six digits), or a recovery code.</summary>
public sealed class SignInWithSecondFactor(SignInManager<StaffUser> signIn, AuditLog audit)
{
    public enum Outcome { PasswordStepMissing, SignedIn, LockedOut, WrongCode }

    public sealed record Request(string? Code);

    public async Task<Outcome> HandleAsync(Request request)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Outcome.PasswordStepMissing;
        var typed = (request.Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var code = typed.Replace("-", "", StringComparison.Ordinal);
        new InputCheck().That(code.Length > 0, "code", "validation.required").ThrowIfInvalid();

        // Identity keeps the recovery codes as it shows them, dash included.
        var result = code.Length == 6 && code.All(char.IsDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(typed);
        var actor = StaffAccounts.ActorOf(user);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInSucceeded, AuditOutcome.Succeeded, "User", user.Id, "password and second factor");
            return Outcome.SignedIn;
        }
        await audit.RecordNowAsync(actor, result.IsLockedOut ? AuditEvent.SignInLockedOut : AuditEvent.SignInFailed, AuditOutcome.Failed, "User", user.Id, "second factor");
        return result.IsLockedOut ? Outcome.LockedOut : Outcome.WrongCode;
    }
}

using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A person signs in with their e-mail and password. Wrong passwords count towards a lock-out (Identity's lock-out
/// options); every attempt is audited, and an unknown e-mail is refused like a wrong password.
/// </summary>
public sealed class SignInWithPassword(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit)
{
    public enum Outcome { SignedIn, SecondFactorRequired, LockedOut, Refused }

    public sealed record Request(string? Email, string? Password);

    public async Task<Outcome> HandleAsync(Request request)
    {
        new InputCheck()
            .That(!string.IsNullOrWhiteSpace(request.Email), "email", "validation.required")
            .That(!string.IsNullOrEmpty(request.Password), "password", "validation.required")
            .ThrowIfInvalid();

        var user = await users.FindByEmailAsync(request.Email!.Trim());
        if (user is null)
        {
            await audit.RecordNowAsync(null, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", detail: "unknown account");
            return Outcome.Refused;
        }
        var actor = StaffAccounts.ActorOf(user);
        var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInSucceeded, AuditOutcome.Succeeded, "User", user.Id, "password");
            return Outcome.SignedIn;
        }
        if (result.RequiresTwoFactor) return Outcome.SecondFactorRequired;
        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInLockedOut, AuditOutcome.Denied, "User", user.Id);
            return Outcome.LockedOut;
        }
        await audit.RecordNowAsync(actor, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", user.Id, "wrong password");
        return Outcome.Refused;
    }
}

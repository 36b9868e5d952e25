using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A person signs in with their e-mail and password. Failures are throttled per typed address and per client address
/// with growing, capped windows (decision 0038) instead of locking the account: a refusal inside a window, an unknown
/// address and a wrong password all get the same answer after the same work, and only the audit trail tells them apart.
/// Access tokens are never affected.
/// </summary>
public sealed class SignInWithPassword(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInThrottling throttling, AuditLog audit)
{
    /// <summary>Refused covers a wrong password, an unknown address and a throttled attempt alike.</summary>
    public enum Outcome { SignedIn, SecondFactorRequired, Refused }

    /// <param name="Client">The client's network address (the throttle's second key); null when unknown.</param>
    public sealed record Request(string? Email, string? Password, string? Client = null);

    /// <summary>The hash an unknown address's password is checked against, so that it costs what a known one costs.</summary>
    private static string? dummyHash;

    public async Task<Outcome> HandleAsync(Request request)
    {
        new InputCheck()
            .That(!string.IsNullOrWhiteSpace(request.Email), "email", "validation.required")
            .That(!string.IsNullOrEmpty(request.Password), "password", "validation.required")
            .ThrowIfInvalid();

        var email = request.Email!.Trim();
        var keys = new[] { (ThrottlePolicy.Address, email), (ThrottlePolicy.Client, request.Client ?? "unknown") };
        var user = await users.FindByEmailAsync(email);
        var actor = user is null ? null : StaffAccounts.ActorOf(user);
        if (await throttling.IsBlockedAsync(keys))
        {
            await audit.RecordNowAsync(actor, AuditEvent.SignInThrottled, AuditOutcome.Denied, "User", user?.Id, user is null ? "unknown account" : null);
            return Outcome.Refused;
        }
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), dummyHash ??= users.PasswordHasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString()), request.Password!);
            await throttling.FailAsync(keys);
            await audit.RecordNowAsync(null, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", detail: "unknown account");
            return Outcome.Refused;
        }
        // No lock-out: the throttle above does its work, and a lock would also stop the person's access tokens.
        var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            // The address's count starts again; the client's does not, or signing in to one's own account would let a
            // client go on guessing at others.
            await throttling.ClearAsync(keys[0]);
            if (result.RequiresTwoFactor) return Outcome.SecondFactorRequired;
            await audit.RecordNowAsync(actor, AuditEvent.SignInSucceeded, AuditOutcome.Succeeded, "User", user.Id, "password");
            return Outcome.SignedIn;
        }
        await throttling.FailAsync(keys);
        await audit.RecordNowAsync(actor, AuditEvent.SignInFailed, AuditOutcome.Failed, "User", user.Id, result.IsLockedOut ? "locked out before the upgrade" : "wrong password");
        return Outcome.Refused;
    }
}

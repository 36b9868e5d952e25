using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A signed-in person changes their password (the one-time password from <see cref="AddUser"/>, say), proving it is them
/// with the current password or a current authenticator code. Their other sessions end (the security stamp changes;
/// this one is signed in again), and on request their access tokens are revoked too.
/// </summary>
public sealed class ChangePassword(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecondFactorCodes codes,
    RevokeAccessToken revokeTokens, AuditLog audit)
{
    public const int MinLength = 12;

    public enum Outcome { NoAccount, Changed, CurrentPasswordWrong }

    /// <param name="Current">The current password, or a current authenticator code when the second factor is on.</param>
    /// <param name="RevokeTokens">Also revoke every access token of the person (when the password may have leaked, so may they).</param>
    public sealed record Request(string? Current, string? New, bool RevokeTokens = false);

    public async Task<Outcome> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken = default)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return Outcome.NoAccount;
        new InputCheck()
            .That(!string.IsNullOrEmpty(request.Current), "current", "validation.required")
            .That(!string.IsNullOrEmpty(request.New), "new", "validation.required")
            .That(string.IsNullOrEmpty(request.New) || request.New.Length >= MinLength, "new", "validation.min_length", MinLength)
            .ThrowIfInvalid();

        // Any refusal (a wrong current password or code, or a new password the policy rejects) is reported as the former.
        if (!await codes.ProvesPresenceAsync(user, request.Current) || !(await StaffAccounts.SetPasswordAsync(users, user, request.New!)).Succeeded)
        {
            await audit.RecordNowAsync(actor, AuditEvent.PasswordChanged, AuditOutcome.Denied, "User", user.Id);
            return Outcome.CurrentPasswordWrong;
        }
        var revoked = request.RevokeTokens ? await revokeTokens.RevokeAllAsync(actor!, user.Id, "password changed", cancellationToken) : 0;
        await audit.RecordNowAsync(actor, AuditEvent.PasswordChanged, AuditOutcome.Succeeded, "User", user.Id, $"{revoked} access tokens revoked");
        await signIn.RefreshSignInAsync(user);
        return Outcome.Changed;
    }
}

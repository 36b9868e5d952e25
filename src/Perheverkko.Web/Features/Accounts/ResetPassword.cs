using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// A person sets a new password through a "forgot password" link. The link is spent, the security stamp changes (other
/// sessions end), and nobody is signed in: the next sign-in asks for the password and, if it is on, the second factor.
/// </summary>
public sealed class ResetPassword(UserManager<StaffUser> users, PasswordResetLinks links, SignInThrottling throttling, AuditLog audit)
{
    public sealed record Request(string? Token, string? New);

    public async Task HandleAsync(Request request)
    {
        var user = await links.FindAsync(request.Token);
        if (user is null)
        {
            await audit.RecordNowAsync(null, AuditEvent.PasswordResetCompleted, AuditOutcome.Failed, "User", detail: "link invalid, expired or spent");
            throw new DomainRuleViolation(AccountRules.ResetLinkInvalid);
        }
        new InputCheck()
            .That(!string.IsNullOrEmpty(request.New), "new", "validation.required")
            .That(string.IsNullOrEmpty(request.New) || request.New.Length >= ChangePassword.MinLength, "new", "validation.min_length", ChangePassword.MinLength)
            .ThrowIfInvalid();
        var set = await StaffAccounts.SetPasswordAsync(users, user, request.New!);
        new InputCheck().That(set.Succeeded, "new", "validation.min_length", ChangePassword.MinLength).ThrowIfInvalid();
        await links.SpendAsync(user);
        // The owner has shown they hold the mailbox: attempts others made at their address no longer slow them down.
        await throttling.ClearAsync((ThrottlePolicy.Address, user.Email!));
        await audit.RecordNowAsync(StaffAccounts.ActorOf(user), AuditEvent.PasswordResetCompleted, AuditOutcome.Succeeded, "User", user.Id);
    }
}

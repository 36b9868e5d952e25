using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>A signed-in person changes their password (the one-time password from <see cref="AddUser"/>, say).</summary>
public sealed class ChangePassword(UserManager<StaffUser> users, SignInManager<StaffUser> signIn)
{
    public const int MinLength = 12;

    public enum Outcome { NoAccount, Changed, CurrentPasswordWrong }

    public sealed record Request(string? Current, string? New);

    public async Task<Outcome> HandleAsync(Actor? actor, Request request)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return Outcome.NoAccount;
        new InputCheck()
            .That(!string.IsNullOrEmpty(request.Current), "current", "validation.required")
            .That(!string.IsNullOrEmpty(request.New), "new", "validation.required")
            .That(string.IsNullOrEmpty(request.New) || request.New.Length >= MinLength, "new", "validation.min_length", MinLength)
            .ThrowIfInvalid();

        // Any refusal (a wrong current password, or a new one the password policy rejects) is reported as the former.
        if (!(await users.ChangePasswordAsync(user, request.Current!, request.New!)).Succeeded) return Outcome.CurrentPasswordWrong;
        await signIn.RefreshSignInAsync(user);
        return Outcome.Changed;
    }
}

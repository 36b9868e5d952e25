using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>A person turns the second factor on by proving their authenticator app works, and gets one-time recovery codes.</summary>
public sealed class EnableTwoFactor(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecondFactorCodes codes, AuditLog audit)
{
    public enum Outcome { NoAccount, Enabled, CodeWrong }

    public sealed record Request(string? Code);

    /// <param name="RecoveryCodes">Shown once, when the second factor was turned on; only their hashes are kept.</param>
    public sealed record Result(Outcome Outcome, IReadOnlyList<string> RecoveryCodes);

    public async Task<Result> HandleAsync(Actor? actor, Request request)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return new Result(Outcome.NoAccount, []);
        // The code proving the app works is spent like any other: it cannot then be replayed at sign-in.
        if (!await codes.AcceptAuthenticatorCodeAsync(user, request.Code)) return new Result(Outcome.CodeWrong, []);
        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await codes.NewRecoveryCodesAsync(user);
        await audit.RecordNowAsync(actor, AuditEvent.TwoFactorEnabled, AuditOutcome.Succeeded, "User", user.Id);
        await signIn.RefreshSignInAsync(user);
        return new Result(Outcome.Enabled, recoveryCodes);
    }
}

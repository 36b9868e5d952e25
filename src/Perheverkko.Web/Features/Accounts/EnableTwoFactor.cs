using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>A person turns the second factor on by proving their authenticator app works, and gets one-time recovery codes.</summary>
public sealed class EnableTwoFactor(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit)
{
    public enum Outcome { NoAccount, Enabled, CodeWrong }

    public sealed record Request(string? Code);

    /// <param name="RecoveryCodes">Shown once, when the second factor was turned on.</param>
    public sealed record Result(Outcome Outcome, IReadOnlyList<string> RecoveryCodes);

    public async Task<Result> HandleAsync(Actor? actor, Request request)
    {
        var user = await users.OfAsync(actor);
        if (user is null) return new Result(Outcome.NoAccount, []);
        var code = (request.Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            return new Result(Outcome.CodeWrong, []);
        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await audit.RecordNowAsync(actor, AuditEvent.TwoFactorEnabled, AuditOutcome.Succeeded, "User", user.Id);
        await signIn.RefreshSignInAsync(user);
        return new Result(Outcome.Enabled, recoveryCodes);
    }
}

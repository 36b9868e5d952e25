using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>A person with the second factor on makes new recovery codes (with the current password or a current code); the old ones stop working.</summary>
public sealed class RegenerateRecoveryCodes(UserManager<StaffUser> users, SecondFactorCodes codes, AuditLog audit)
{
    public sealed record Request(string? Current);

    /// <returns>The new codes, shown once; null when there is no account.</returns>
    public async Task<IReadOnlyList<string>?> HandleAsync(Actor? actor, Request request)
    {
        var user = await users.OfAsync(actor);
        if (user is null || !user.TwoFactorEnabled) return null;
        new InputCheck().That(!string.IsNullOrEmpty(request.Current), "current", "validation.required").ThrowIfInvalid();
        if (!await codes.ProvesPresenceAsync(user, request.Current))
        {
            await audit.RecordNowAsync(actor, AuditEvent.RecoveryCodesRegenerated, AuditOutcome.Denied, "User", user.Id, "current password or code wrong");
            throw new DomainRuleViolation(AccountRules.ProofWrong);
        }
        var fresh = await codes.NewRecoveryCodesAsync(user);
        await audit.RecordNowAsync(actor, AuditEvent.RecoveryCodesRegenerated, AuditOutcome.Succeeded, "User", user.Id);
        return fresh;
    }
}

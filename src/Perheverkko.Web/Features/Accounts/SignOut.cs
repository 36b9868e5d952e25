using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>A signed-in person signs out; signing out when already signed out does nothing.</summary>
public sealed class SignOut(SignInManager<StaffUser> signIn, AuditLog audit)
{
    public async Task HandleAsync(Actor? actor)
    {
        if (actor is null) return;
        await signIn.SignOutAsync();
        await audit.RecordNowAsync(actor, AuditEvent.SignedOut, AuditOutcome.Succeeded, "User", actor.UserId);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>Signing out is a POST (with the form's antiforgery token), so a link elsewhere cannot sign anyone out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, AuditLog audit) : PerheverkkoPage
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Actor is { } actor)
        {
            await signIn.SignOutAsync();
            await audit.RecordNowAsync(actor, AuditEvent.SignedOut, AuditOutcome.Succeeded, "User", actor.UserId);
        }
        return LocalRedirect("/");
    }
}

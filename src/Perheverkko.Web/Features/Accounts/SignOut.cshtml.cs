using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>Signing out is a POST (with the form's antiforgery token), so a link elsewhere cannot sign anyone out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignOut signOut) : PerheverkkoPage
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signOut.HandleAsync(Actor);
        return LocalRedirect("/");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>Sign-in through an organisation's own identity provider: off to the provider, and back (see <see cref="SignInExternally"/>).</summary>
[AllowAnonymous]
public sealed class ExternalModel(SignInExternally signInExternally) : PerheverkkoPage
{
    public string? Message { get; private set; }

    public IActionResult OnPost(string? returnUrl)
    {
        var callback = Url.Page("/Accounts/External", "Callback", new { returnUrl = SignInModel.SafeReturnUrl(returnUrl) });
        return Challenge(signInExternally.Start(callback), AccessSetup.OidcScheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        switch (await signInExternally.HandleAsync())
        {
            case SignInExternally.Outcome.NotStarted: return RedirectToPage("/Accounts/SignIn");
            case SignInExternally.Outcome.SignedIn: return LocalRedirect(SignInModel.SafeReturnUrl(returnUrl));
            default:
                Message = T["signin.external_unknown"];
                return Page();
        }
    }
}

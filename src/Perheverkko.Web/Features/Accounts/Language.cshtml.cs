using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// Switches the language and remembers the choice in a cookie for a year; a signed-in person's account remembers it too,
/// as the language of their e-mails.
/// </summary>
/// <remarks>
/// A visitor's form carries no antiforgery token, so the public pages that show it can be cached for everyone (decision
/// 0044): all a forged post could do is switch a visitor's language. A signed-in person's form carries the token and it is
/// checked here, as for every other form: their account changes too.
/// </remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class LanguageModel(SetLanguage setLanguage, IAntiforgery antiforgery) : PerheverkkoPage
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        if (Actor is not null && !await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
        if (language is not null && Texts.Languages.Contains(language))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
            // The cookie is what counts for the pages; an account that cannot be updated is no reason to refuse it.
            await TryAsync(() => setLanguage.HandleAsync(Actor, new SetLanguage.Request(language)));
        }
        return LocalRedirect(SignInModel.SafeReturnUrl(returnUrl, "/"));
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(AccessSetup.SignInRateLimit)]
public sealed class SignInModel(SignInWithPassword signInWithPassword, SignInQueries queries) : PerheverkkoPage
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool ExternalAvailable { get; private set; }

    public async Task OnGetAsync() => ExternalAvailable = await queries.ExternalSignInAvailableAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalAvailable = await queries.ExternalSignInAvailableAsync();
        var outcome = SignInWithPassword.Outcome.Refused;
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (!await TryAsync(async () => outcome = await signInWithPassword.HandleAsync(new SignInWithPassword.Request(Input.Email, Input.Password, client))))
            return Page();
        return outcome switch
        {
            SignInWithPassword.Outcome.SignedIn => LocalRedirect(SafeReturnUrl(ReturnUrl)),
            SignInWithPassword.Outcome.SecondFactorRequired => RedirectToPage("/Accounts/SignInTwoFactor", new { returnUrl = SafeReturnUrl(ReturnUrl) }),
            // One message for a wrong password, an unknown address and a throttled attempt: none tells whether the address has an account.
            _ => Refused(T["signin.refused"]),
        };
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refused(string message)
    {
        Input.Password = null;
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    /// <summary>
    /// A local path to go back to, else <paramref name="fallback"/>. A control character cannot go into the Location header,
    /// so such an address is ignored rather than answered with a 500; other non-ASCII characters are percent-encoded.
    /// </summary>
    internal static string SafeReturnUrl(string? returnUrl, string fallback = "/staff")
    {
        if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.StartsWith("/\\", StringComparison.Ordinal) || returnUrl.Any(char.IsControl))
            return fallback;
        var encoded = new System.Text.StringBuilder(returnUrl.Length);
        foreach (var rune in returnUrl.EnumerateRunes())
            encoded.Append(rune.Value < 0x7f ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        return encoded.ToString();
    }
}

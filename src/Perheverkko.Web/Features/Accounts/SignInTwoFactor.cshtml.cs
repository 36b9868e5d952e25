using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>The second step of sign-in: a code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessSetup.SignInRateLimit)]
public sealed class SignInTwoFactorModel(SignInWithSecondFactor signInWithSecondFactor, SignInQueries queries) : PerheverkkoPage
{
    public sealed class InputModel
    {
        public string? Code { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await queries.SecondFactorAwaitedAsync() ? Page() : RedirectToPage("/Accounts/SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = SignInWithSecondFactor.Outcome.WrongCode;
        if (!await TryAsync(async () => outcome = await signInWithSecondFactor.HandleAsync(new SignInWithSecondFactor.Request(Input.Code))))
            return Page();
        switch (outcome)
        {
            case SignInWithSecondFactor.Outcome.PasswordStepMissing: return RedirectToPage("/Accounts/SignIn");
            case SignInWithSecondFactor.Outcome.SignedIn: return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
            default:
                ModelState.AddModelError("Input.Code", outcome == SignInWithSecondFactor.Outcome.Throttled ? T["signin.throttled"] : T["signin.code_wrong"]);
                return Page();
        }
    }
}

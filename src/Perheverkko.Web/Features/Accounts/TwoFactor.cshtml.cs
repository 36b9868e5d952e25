using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>Turning on the second factor (an authenticator app, TOTP) and getting one-time recovery codes.</summary>
public sealed class TwoFactorModel(StartTwoFactorSetup startSetup, EnableTwoFactor enable, DisableTwoFactor disable) : PerheverkkoPage
{
    public bool Enabled { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty] public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var result = await enable.HandleAsync(Actor, new EnableTwoFactor.Request(Code));
        switch (result.Outcome)
        {
            case EnableTwoFactor.Outcome.NoAccount: return Challenge();
            case EnableTwoFactor.Outcome.CodeWrong:
                ModelState.AddModelError(nameof(Code), T["signin.code_wrong"]);
                return await LoadAsync() ? Page() : Challenge();
            default:
                RecoveryCodes = result.RecoveryCodes;
                Enabled = true;
                return Page();
        }
    }

    public async Task<IActionResult> OnPostDisableAsync() =>
        await disable.HandleAsync(Actor) && await LoadAsync() ? Page() : Challenge();

    private async Task<bool> LoadAsync()
    {
        if (await startSetup.HandleAsync(Actor) is not { } setup) return false;
        (Enabled, SharedKey, AuthenticatorUri) = (setup.Enabled, setup.SharedKey, setup.AuthenticatorUri);
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// Turning on the second factor (an authenticator app, TOTP) and getting one-time recovery codes; making new codes and
/// turning the factor off, each with the current password or a current code.
/// </summary>
public sealed class TwoFactorModel(StartTwoFactorSetup startSetup, EnableTwoFactor enable, DisableTwoFactor disable, RegenerateRecoveryCodes regenerate) : PerheverkkoPage
{
    public bool Enabled { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty] public string? Code { get; set; }
    /// <summary>The current password or a current code: what turning the factor off and new recovery codes ask for.</summary>
    [BindProperty] public string? Current { get; set; }

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

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var found = true;
        await TryAsync(async () => found = await disable.HandleAsync(Actor, new DisableTwoFactor.Request(Current)), prefix: "");
        Current = null;
        return found && await LoadAsync() ? Page() : Challenge();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        IReadOnlyList<string>? codes = [];
        await TryAsync(async () => codes = await regenerate.HandleAsync(Actor, new RegenerateRecoveryCodes.Request(Current)), prefix: "");
        Current = null;
        if (codes is null || !await LoadAsync()) return Challenge();
        RecoveryCodes = codes;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await startSetup.HandleAsync(Actor) is not { } setup) return false;
        (Enabled, SharedKey, AuthenticatorUri) = (setup.Enabled, setup.SharedKey, setup.AuthenticatorUri);
        return true;
    }
}

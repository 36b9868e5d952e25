using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>The signed-in person's own page: who they are, their access tokens, their password and second factor.</summary>
public sealed class ProfileModel(AccountQueries queries, CreateAccessToken createToken, RevokeAccessToken revokeToken,
    ChangePassword changePassword, SetLanguage setLanguage, RequestEmailConfirmation requestConfirmation, ConfirmEmail confirmEmail, Governance.CreateCalendarFeed createFeed, Governance.RevokeCalendarFeed revokeFeed,
    Governance.CalendarFeedQueries feeds, PublicAddress links) : PerheverkkoPage
{
    public sealed class TokenInput
    {
        public string? Name { get; set; }
        public int? ExpiresInDays { get; set; } = CreateAccessToken.DefaultDays;
    }

    public sealed class PasswordInput
    {
        public string? Current { get; set; }
        public string? New { get; set; }
        /// <summary>Also revoke every access token (offered with every password change).</summary>
        public bool RevokeTokens { get; set; }
    }

    public MeView Me { get; private set; } = null!;
    public bool EmailConfirmed { get; private set; }
    /// <summary>The token of the confirmation link the person opened: the page asks them to confirm with a button.</summary>
    [BindProperty(SupportsGet = true)] public string? EmailToken { get; set; }
    /// <summary>A refused confirmation shows its message by the confirm button, not by the tokens' form.</summary>
    public string? EmailError { get; private set; }
    public IReadOnlyList<AccessTokenView> Tokens { get; private set; } = [];
    /// <summary>Shown once, right after the token was made.</summary>
    public string? NewSecret { get; private set; }
    public string? Notice { get; private set; }
    public Governance.CalendarFeedView CalendarFeed { get; private set; } = null!;
    /// <summary>The calendar address, shown once, right after it was made.</summary>
    public string? NewCalendarUrl { get; private set; }

    [BindProperty] public TokenInput Token { get; set; } = new();
    [BindProperty] public PasswordInput Password { get; set; } = new();
    /// <summary>The language of the person's e-mails (and the UI language they last chose).</summary>
    [BindProperty] public string? Language { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSendEmailConfirmationAsync(CancellationToken cancellationToken)
    {
        var outcome = RequestEmailConfirmation.Outcome.Sent;
        if (await TryAsync(async () => outcome = await requestConfirmation.HandleAsync(Actor, cancellationToken), prefix: ""))
        {
            if (outcome == RequestEmailConfirmation.Outcome.NoAccount) return Challenge();
            Notice = outcome == RequestEmailConfirmation.Outcome.Sent ? T["account.email_confirm.sent"] : T["account.email_confirm.done"];
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmEmailAsync(CancellationToken cancellationToken)
    {
        var outcome = ConfirmEmail.Outcome.Confirmed;
        if (await TryAsync(async () => outcome = await confirmEmail.HandleAsync(Actor, EmailToken, cancellationToken), prefix: ""))
        {
            if (outcome == ConfirmEmail.Outcome.NoAccount) return Challenge();
            Notice = T["account.email_confirm.done"];
            EmailToken = null;
        }
        else
        {
            EmailError = ModelState[string.Empty]?.Errors.FirstOrDefault()?.ErrorMessage;
            ModelState.Remove(string.Empty);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken cancellationToken)
    {
        CreateAccessToken.Created? created = null;
        if (await TryAsync(async () => created = await createToken.HandleAsync(Actor, new CreateAccessToken.Request(Token.Name, Token.ExpiresInDays), cancellationToken), "Token"))
        {
            NewSecret = created!.Secret;
            Token = new TokenInput();
            ModelState.Clear();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => revokeToken.HandleAsync(Actor, id, cancellationToken))) Notice = T["profile.token_revoked"];
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateCalendarFeedAsync(CancellationToken cancellationToken)
    {
        string? token = null;
        if (await TryAsync(async () => token = await createFeed.HandleAsync(Actor, cancellationToken)))
            NewCalendarUrl = Governance.GovernanceApi.CalendarFeedUrl(links, token!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeCalendarFeedAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => revokeFeed.HandleAsync(Actor, cancellationToken))) Notice = T["calendar_feed.revoked"];
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken cancellationToken)
    {
        var outcome = ChangePassword.Outcome.Changed;
        if (await TryAsync(async () => outcome = await changePassword.HandleAsync(Actor, new ChangePassword.Request(Password.Current, Password.New, Password.RevokeTokens), cancellationToken), "Password"))
        {
            if (outcome == ChangePassword.Outcome.NoAccount) return Challenge();
            if (outcome == ChangePassword.Outcome.Changed)
            {
                Notice = T["profile.password_changed"];
                Password = new PasswordInput();
            }
            else ModelState.AddModelError("Password.Current", T["profile.password_wrong"]);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostLanguageAsync(CancellationToken cancellationToken)
    {
        var outcome = SetLanguage.Outcome.Saved;
        if (await TryAsync(async () => outcome = await setLanguage.HandleAsync(Actor, new SetLanguage.Request(Language)), prefix: ""))
        {
            if (outcome == SetLanguage.Outcome.NoAccount) return Challenge();
            Notice = T["profile.language_saved"];
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var profile = await queries.ProfileAsync(Actor, cancellationToken);
        if (ModelState.IsValid) Language = profile.Language;
        Me = profile.Me;
        EmailConfirmed = profile.EmailConfirmed;
        Tokens = profile.Tokens;
        CalendarFeed = await feeds.StatusAsync(Actor, cancellationToken);
    }
}

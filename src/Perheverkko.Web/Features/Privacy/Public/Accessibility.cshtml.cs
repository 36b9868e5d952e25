using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Privacy.Public;

/// <summary>
/// The accessibility statement (law 306/2019 §15) with its feedback form. The form's submissions are rate-limited per
/// client address (<see cref="PublicForms.RateLimit"/>; reading the page is not); the receipt is a page of its own.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.RateLimit)]
public sealed class AccessibilityModel(PrivacyQueries queries, SendAccessibilityFeedback send) : PerheverkkoPage
{
    public AccessibilityStatementView View { get; private set; } = null!;

    [BindProperty] public FeedbackInput Input { get; set; } = new();

    /// <summary>The honeypot: hidden from people, filled in by simple robots.</summary>
    [BindProperty(Name = PublicForms.Honeypot)] public string? Website { get; set; }

    public sealed class FeedbackInput
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Page { get; set; }
        public string? Message { get; set; }
    }

    public async Task OnGetAsync(string? region, string? page, CancellationToken cancellationToken)
    {
        View = await queries.StatementAsync(region, cancellationToken);
        // A link "report a problem on this page" may name the page; only a local address is taken.
        if (page is { Length: <= 500 } && page.StartsWith('/') && !page.StartsWith("//", StringComparison.Ordinal)) Input.Page = page;
    }

    public async Task<IActionResult> OnPostAsync(string? region, CancellationToken cancellationToken)
    {
        var request = new SendAccessibilityFeedback.Request(Input.Name, Input.Email, Input.Page, Input.Message, Website);
        if (await TryAsync(() => send.HandleAsync(region, request, cancellationToken)))
            return Redirect(region is null ? "/saavutettavuus/kiitos" : $"/r/{Uri.EscapeDataString(region)}/saavutettavuus/kiitos");
        View = await queries.StatementAsync(region, cancellationToken);
        return Page();
    }
}

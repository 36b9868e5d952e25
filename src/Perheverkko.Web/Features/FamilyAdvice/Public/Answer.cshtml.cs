using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice.Public;

/// <summary>
/// The family's private answer page: the secret in the address is the only key. Unknown, revoked and deleted links all
/// give the plain 404 of any missing page. The page is not cached, not indexed, and sends no referrer, so the address
/// does not leak to a site the family follows a link to. Writing back is rate-limited like every public form.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.RateLimit)]
public sealed class AnswerModel(AnswerPageQueries queries, WriteToContact write) : PerheverkkoPage
{
    public AnswerPageView View { get; private set; } = null!;
    /// <summary>Set after the family wrote: whether it opened a closed contact again.</summary>
    public bool? Sent { get; private set; }
    public bool Reopened { get; private set; }

    [BindProperty] public WriteInput Input { get; set; } = new();

    [BindProperty(Name = PublicForms.Honeypot)] public string? Website { get; set; }

    public sealed class WriteInput
    {
        public string? Message { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string secret, CancellationToken cancellationToken)
    {
        Private();
        if (await queries.ByLinkAsync(secret, cancellationToken) is not { } view) return NotFound();
        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string secret, CancellationToken cancellationToken)
    {
        Private();
        if (await queries.ByLinkAsync(secret, cancellationToken) is null) return NotFound();
        var reopened = false;
        if (await TryAsync(async () => reopened = await write.HandleAsync(secret, new WriteToContact.Request(Input.Message, Website), cancellationToken)))
        {
            Sent = true;
            Reopened = reopened;
            Input = new WriteInput();
            ModelState.Clear();
        }
        View = (await queries.ByLinkAsync(secret, cancellationToken))!;
        return Page();
    }

    private void Private()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Bulletins.Public;

/// <summary>
/// Unsubscribing from a region's optional bulletins by the link in one (no account). Opening the link only asks — a
/// mail scanner that follows links must not unsubscribe anyone — and the button does it. A forged or garbled link gets
/// a page that says so. Not cached, not indexed, no referrer: the address carries the token.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.RateLimit)]
public sealed class UnsubscribeModel(BulletinsQueries queries, UnsubscribeFromBulletins unsubscribe) : PerheverkkoPage
{
    public UnsubscribePageView View { get; private set; } = null!;
    public bool Done { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Private();
        View = await queries.UnsubscribePageAsync(token, cancellationToken);
    }

    public async Task OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Private();
        View = await queries.UnsubscribePageAsync(token, cancellationToken);
        if (View.Valid) Done = await TryAsync(() => unsubscribe.HandleAsync(token, cancellationToken));
    }

    private void Private()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}

using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Public;

/// <summary>The parties' decisions and signing state: public, as the agreement is; references only, no personal data.</summary>
[AllowAnonymous]
public sealed class DecisionsModel(SigningQueries queries) : PerheverkkoPage
{
    public PublicDecisionsView View { get; private set; } = null!;
    public string Slug { get; private set; } = "";

    public async Task OnGetAsync(string period, CancellationToken cancellationToken)
    {
        View = await queries.PublicDecisionsAsync(await queries.VersionIdAsync(period, cancellationToken), cancellationToken);
        Slug = View.Period.Replace('–', '-');
    }
}

using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Privacy.Public;

/// <summary>The receipt of accessibility feedback: the same for every submission, so a robot learns nothing from it.</summary>
[AllowAnonymous]
public sealed class FeedbackSentModel(PrivacyQueries queries) : PerheverkkoPage
{
    public AccessibilityStatementView View { get; private set; } = null!;

    public async Task OnGetAsync(string? region, CancellationToken cancellationToken) =>
        View = await queries.StatementAsync(region, cancellationToken);
}

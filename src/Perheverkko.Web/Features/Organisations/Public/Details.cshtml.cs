using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Public;

/// <summary>An organisation's public page: kind, business id and the periods it was a party in. No people.</summary>
[AllowAnonymous]
public sealed class DetailsModel(OrganisationQueries queries) : PerheverkkoPage
{
    public PublicOrganisationView Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var found = await queries.FindAsync(key, cancellationToken);
        if (found is null) return NotFound();
        Organisation = found;
        return Page();
    }
}

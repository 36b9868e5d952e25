using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Public;

/// <summary>An organisation's public page: kind, business id and the periods it was a party in. No people. Its short name is unique within its region.</summary>
[AllowAnonymous]
public sealed class DetailsModel(OrganisationQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public PublicOrganisationView Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? region, string key, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        var found = await queries.FindAsync(address.Id, key, cancellationToken);
        if (found is null) return NotFound();
        Organisation = found;
        return Page();
    }
}

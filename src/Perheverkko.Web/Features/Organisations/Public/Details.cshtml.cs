using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Public;

/// <summary>An organisation's public page: kind, business id and the periods it was a party in. No people.</summary>
[AllowAnonymous]
public sealed class DetailsModel(OrganisationQueries queries, PerheverkkoDb db) : PerheverkkoPage
{
    public PublicOrganisationView Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var byId = Guid.TryParse(key, out var id) ? id : Guid.Empty;
        var found = await db.Organisations.AsNoTracking().Where(o => o.Slug == key || o.Id == byId).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (found is null) return NotFound();
        Organisation = await queries.GetAsync(found.Value, cancellationToken);
        return Page();
    }
}

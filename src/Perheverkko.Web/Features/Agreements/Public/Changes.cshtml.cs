using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Public;

/// <summary>What changed between two versions of one region: sections added, removed and changed (word by word) and who joined or left.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class ChangesModel(AgreementTextQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public IReadOnlyList<AgreementVersionSummary> Versions { get; private set; } = [];
    public AgreementComparison? Comparison { get; private set; }

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? region, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        Versions = await queries.VersionsAsync(Actor, address.Id, cancellationToken);
        if (From is null && To is null) return Page();
        try { Comparison = await queries.CompareAsync(Actor, address.Id, From, To, cancellationToken); }
        catch (NotFoundException violation)
        {
            ModelState.AddModelError(string.Empty, RuleMessage(violation.Rule));
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Public;

/// <summary>
/// The agreement as a public document: /agreement is the version in force, /agreement/2026-2029 one period. Status,
/// text hash, the text with a table of contents, background documents and the parties as the agreement lists them.
/// A period is one region's: /r/{region}/agreement/2026-2029; the short addresses are the default region's (decision 0026).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class VersionModel(AgreementTextQueries queries, RegionAddressQueries regions) : PerheverkkoPage
{
    public AgreementVersionView View { get; private set; } = null!;
    public IReadOnlyList<AgreementVersionSummary> Versions { get; private set; } = [];

    /// <summary>What this page's links to the region's own pages begin with.</summary>
    public string Prefix { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? region, string? period, CancellationToken cancellationToken)
    {
        var address = await regions.BySlugAsync(region, cancellationToken);
        Prefix = region is null ? "" : address.Root;
        period ??= await queries.InForcePeriodAsync(address.Id, cancellationToken);
        if (period is null) return NotFound();
        try { View = await queries.VersionAsync(Actor, address.Id, period, cancellationToken); }
        catch (NotFoundException) { return NotFound(); }
        Versions = await queries.VersionsAsync(Actor, address.Id, cancellationToken);
        return Page();
    }
}

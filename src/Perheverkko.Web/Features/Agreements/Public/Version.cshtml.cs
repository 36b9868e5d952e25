using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Public;

/// <summary>
/// The agreement as a public document: /agreement is the version in force, /agreement/2026-2029 one period. Status,
/// text hash, the text with a table of contents, background documents and the parties as the agreement lists them.
/// </summary>
[AllowAnonymous]
public sealed class VersionModel(AgreementTextQueries queries) : PerheverkkoPage
{
    public AgreementVersionView View { get; private set; } = null!;
    public IReadOnlyList<AgreementVersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        period ??= await queries.InForcePeriodAsync(cancellationToken);
        if (period is null) return NotFound();
        try { View = await queries.VersionAsync(Actor, period, cancellationToken); }
        catch (NotFoundException) { return NotFound(); }
        Versions = await queries.VersionsAsync(Actor, cancellationToken);
        return Page();
    }
}

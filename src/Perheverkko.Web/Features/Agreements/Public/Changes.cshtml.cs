using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Public;

/// <summary>What changed between two versions: sections added, removed and changed (word by word) and who joined or left.</summary>
[AllowAnonymous]
public sealed class ChangesModel(AgreementTextQueries queries) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public IReadOnlyList<AgreementVersionSummary> Versions { get; private set; } = [];
    public AgreementComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await queries.VersionsAsync(Actor, cancellationToken);
        if (From is null && To is null) return Page();
        try { Comparison = await queries.CompareAsync(Actor, From, To, cancellationToken); }
        catch (NotFoundException violation)
        {
            ModelState.AddModelError(string.Empty, RuleMessage(violation.Rule));
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}

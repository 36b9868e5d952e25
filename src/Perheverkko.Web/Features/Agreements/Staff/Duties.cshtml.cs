using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Staff;

/// <summary>The open role duties of a version's parties (001 §7 iv), computed from the directory and the leadership group.</summary>
public sealed class DutiesModel(AgreementTextQueries queries) : PerheverkkoPage
{
    public RoleDutiesView Duties { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string period, CancellationToken cancellationToken)
    {
        try { Duties = await queries.DutiesAsync(Actor, period, cancellationToken); }
        catch (NotFoundException) { return NotFound(); }
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Evaluations.Staff;

/// <summary><c>/staff/evaluations</c>: the year being evaluated now — last year's, collected early in this year (000 §18).</summary>
public sealed class IndexModel(TimeProvider clock) : PerheverkkoPage
{
    public IActionResult OnGet() => Redirect($"/staff/evaluations/{HelsinkiTime.Today(clock).Year - 1}");
}

using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.AnnualReports.Staff;

/// <summary>
/// The year's hub: one page linking every part of the network's year (001 §10, §18, §19) with its state where this feature
/// knows it. The other parts' states are filled in where their features meet (docs/year-cycle.md).
/// </summary>
public sealed class YearModel(AnnualReportQueries reports, TimeProvider clock) : PerheverkkoPage
{
    public int Year { get; private set; }
    public AnnualReportState? ReportState { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = year ?? HelsinkiTime.Today(clock).Year;
        CompileAnnualReport.CheckYear(Year, clock);
        ReportState = await reports.StateAsync(Actor, Year, cancellationToken);
    }
}

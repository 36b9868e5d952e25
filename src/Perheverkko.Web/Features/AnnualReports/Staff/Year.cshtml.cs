using Perheverkko.Web.Features.ActionPlans;
using Perheverkko.Web.Features.Evaluations;
using Perheverkko.Web.Features.FamilySurvey;
using Perheverkko.Web.Features.Indicators;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.AnnualReports.Staff;

/// <summary>
/// The year's hub: one page linking every part of the network's year (001 §10, §18, §19) with its state, each read
/// through its own feature's query (which also checks that the reader may see the year cycle).
/// </summary>
public sealed class YearModel(AnnualReportQueries reports, ActionPlanQueries plans, EvaluationsQueries evaluations,
    FamilySurveyQueries surveys, IndicatorsQueries indicators, TimeProvider clock) : PerheverkkoPage
{
    public int Year { get; private set; }
    public AnnualReportState? ReportState { get; private set; }
    public ActionPlanState? PlanState { get; private set; }
    public (int Submitted, int Municipalities) Evaluations { get; private set; }
    public SurveyListRow? Survey { get; private set; }
    public int Indicators { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = year ?? HelsinkiTime.Today(clock).Year;
        CompileAnnualReport.CheckYear(Year, clock);
        ReportState = await reports.StateAsync(Actor, Year, cancellationToken);
        PlanState = (await plans.ListAsync(Actor, cancellationToken)).Plans.FirstOrDefault(p => p.Year == Year)?.State;
        var rows = (await evaluations.YearAsync(Actor, Year, cancellationToken)).Rows;
        Evaluations = (rows.Count(r => r.State == EvaluationState.Submitted), rows.Count);
        Survey = (await surveys.ListAsync(Actor, cancellationToken)).Rows.FirstOrDefault(s => s.Year == Year);
        Indicators = (await indicators.StaffViewAsync(Actor, cancellationToken)).Indicators.Count;
    }
}

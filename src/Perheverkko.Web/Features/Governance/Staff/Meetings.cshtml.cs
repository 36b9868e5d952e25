using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

/// <summary>The year view: all groups' meetings in one list by month, with links to the previous and next year. No script.</summary>
public sealed class MeetingsModel(GovernanceQueries queries, TimeProvider clock) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int ShownYear { get; private set; }
    public IReadOnlyList<YearMeetingView> Meetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Out-of-range years are shown as this year rather than refused: the page has nothing else to say about them.
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : HelsinkiTime.Today(clock).Year;
        Meetings = await queries.MeetingsOfYearAsync(Actor, ShownYear, cancellationToken);
    }
}

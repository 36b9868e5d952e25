using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

/// <summary>A group: who represents whom, vacancies, roles and meetings; its preparers plan the year's meetings here.</summary>
public sealed class GroupModel(GovernanceQueries queries, PlanYearOfMeetings planYear) : PerheverkkoPage
{
    public sealed class YearInput
    {
        public int? Year { get; set; }
        public DayOfWeek? Weekday { get; set; } = DayOfWeek.Tuesday;
        public TimeOnly? StartTime { get; set; } = new(9, 0);
        public TimeOnly? EndTime { get; set; } = new(11, 0);
        public MeetingMode? Mode { get; set; } = MeetingMode.Hybrid;
        public string? Place { get; set; }
        public string? VideoLink { get; set; }
    }

    public GroupView View { get; private set; } = null!;
    public string? Notice { get; private set; }
    [BindProperty] public YearInput Year { get; set; } = new();

    public bool MayPrepare => View.PermittedActions.Contains(nameof(StaffAction.PrepareMeeting));

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        View = await queries.GetGroupAsync(Actor, id, cancellationToken);
        Year.Year = DateTime.UtcNow.Year + 1;
    }

    public async Task<IActionResult> OnPostPlanYearAsync(Guid id, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> planned = [];
        var saved = await TryAsync(async () => planned = await planYear.HandleAsync(Actor, id,
            new PlanYearOfMeetings.Request(Year.Year, Year.Weekday, Year.StartTime, Year.EndTime, Year.Mode, Year.Place, Year.VideoLink), cancellationToken), "Year");
        View = await queries.GetGroupAsync(Actor, id, cancellationToken);
        if (saved) Notice = T["meeting.year_planned", planned.Count];
        return Page();
    }
}

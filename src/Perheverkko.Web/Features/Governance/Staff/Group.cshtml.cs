using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

/// <summary>A group: who represents whom, vacancies, roles and meetings; its preparers plan the year's meetings here.</summary>
public sealed class GroupModel(GovernanceQueries queries, PlanYearOfMeetings planYear, AddMembership addMembership, SetGroupQuorum setQuorum,
    SetMinutesApproval setMinutesApproval, TimeProvider clock) : PerheverkkoPage
{
    public sealed class MemberInput
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public Guid? OrganisationId { get; set; }
        public MembershipRole? Role { get; set; } = MembershipRole.Member;
        public Guid? DeputyForId { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
    }

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
    [BindProperty] public MemberInput Member { get; set; } = new();
    [BindProperty] public QuorumThreshold? Quorum { get; set; }
    [BindProperty] public MinutesApproval? Approval { get; set; }
    public IReadOnlyList<(Guid Id, Platform.Data.LocalizedText Name)> Organisations { get; private set; } = [];

    public bool MayPrepare => View.PermittedActions.Contains(nameof(StaffAction.PrepareMeeting));
    public bool MayManage => View.PermittedActions.Contains(nameof(StaffAction.ManageGroups));

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var today = HelsinkiTime.Today(clock);
        Year.Year = today.Year + 1;
        Member.From = today;
    }

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => addMembership.HandleAsync(Actor, id, new AddMembership.Request(null, Member.Name, Member.Email,
            Member.OrganisationId, Member.Role, Member.DeputyForId, Member.From, Member.To), cancellationToken), "Member");
        await LoadAsync(id, cancellationToken);
        if (saved)
        {
            ModelState.Clear();
            Member = new MemberInput { From = Member.From };
            Notice = T["group.member_added"];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostQuorumAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => setQuorum.HandleAsync(Actor, id, new SetGroupQuorum.Request(Quorum), cancellationToken));
        await LoadAsync(id, cancellationToken);
        if (saved) Notice = T["group.quorum_saved"];
        return Page();
    }

    public async Task<IActionResult> OnPostMinutesApprovalAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => setMinutesApproval.HandleAsync(Actor, id, new SetMinutesApproval.Request(Approval), cancellationToken));
        await LoadAsync(id, cancellationToken);
        if (saved) Notice = T["group.minutes_approval_saved"];
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        View = await queries.GetGroupAsync(Actor, id, cancellationToken);
        Quorum = View.Quorum;
        if (MayManage) Organisations = await queries.OrganisationChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPlanYearAsync(Guid id, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> planned = [];
        var saved = await TryAsync(async () => planned = await planYear.HandleAsync(Actor, id,
            new PlanYearOfMeetings.Request(Year.Year, Year.Weekday, Year.StartTime, Year.EndTime, Year.Mode, Year.Place, Year.VideoLink), cancellationToken), "Year");
        await LoadAsync(id, cancellationToken);
        if (saved) Notice = T["meeting.year_planned", planned.Count];
        return Page();
    }
}

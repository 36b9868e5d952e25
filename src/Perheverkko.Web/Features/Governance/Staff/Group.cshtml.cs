using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

/// <summary>
/// A group: who represents whom, vacancies, roles and meetings. Its managers name members and choose the chair, vice
/// chair and secretary per agreement period; its preparers plan one meeting or the year's meetings here.
/// </summary>
public sealed class GroupModel(GovernanceQueries queries, PlanYearOfMeetings planYear, PlanMeeting planMeeting, AddMembership addMembership,
    AssignGroupRole assignRole, SetGroupQuorum setQuorum, SetMinutesApproval setMinutesApproval, TimeProvider clock) : PerheverkkoPage
{
    /// <summary>A chair, vice chair or secretary for a period, named by name and e-mail (an address its holder has confirmed names their account).</summary>
    public sealed class RoleInput
    {
        public GroupRoleKind? Kind { get; set; } = GroupRoleKind.Chair;
        public Guid? AgreementVersionId { get; set; }
        public string? Name { get; set; }
        public string? Email { get; set; }
    }

    public sealed class MeetingInput
    {
        public DateOnly? Date { get; set; }
        public TimeOnly? StartTime { get; set; } = new(9, 0);
        public TimeOnly? EndTime { get; set; } = new(11, 0);
        public MeetingMode? Mode { get; set; } = MeetingMode.Hybrid;
        public string? Place { get; set; }
        public string? VideoLink { get; set; }
    }

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
    [BindProperty] public RoleInput Role { get; set; } = new();
    [BindProperty] public MeetingInput Single { get; set; } = new();
    public IReadOnlyList<(Guid Id, string Period)> Periods { get; private set; } = [];
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

    public async Task<IActionResult> OnPostAssignRoleAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => assignRole.HandleAsync(Actor, id, new AssignGroupRole.Request(Role.Kind, Role.AgreementVersionId, null, Role.Name, Role.Email),
            cancellationToken), "Role");
        await LoadAsync(id, cancellationToken);
        if (saved)
        {
            ModelState.Clear();
            Notice = T["governance.role_assigned", T.Of(Role.Kind!.Value), Role.Name ?? ""];
            Role = new RoleInput { AgreementVersionId = Role.AgreementVersionId };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPlanMeetingAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => planMeeting.HandleAsync(Actor, id,
            new MeetingTimeInput(Single.Date, Single.StartTime, Single.EndTime, Single.Mode, Single.Place, Single.VideoLink), cancellationToken), "Single");
        await LoadAsync(id, cancellationToken);
        if (saved)
        {
            ModelState.Clear();
            Notice = T["governance.meeting_planned", Single.Date!.Value.ToString("d.M.yyyy")];
            Single = new MeetingInput();
        }
        return Page();
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
        if (MayManage)
        {
            Organisations = await queries.OrganisationChoicesAsync(cancellationToken);
            Periods = await queries.PeriodChoicesAsync(id, cancellationToken);
            // The period in force is the one a new chair is usually chosen for.
            Role.AgreementVersionId ??= Periods.Where(p => p.Period == View.CurrentPeriod).Select(p => (Guid?)p.Id).FirstOrDefault();
        }
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

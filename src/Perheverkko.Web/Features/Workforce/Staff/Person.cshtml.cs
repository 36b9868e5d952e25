using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce.Staff;

/// <summary>
/// One person of the organisation: their details, the check as the law allows it, a volunteer's briefing, support person
/// and insurance, their tasks in activities, and their leaving (asked to confirm on a second step, which works without
/// script). A failed form keeps what was typed in it; the other forms show the record.
/// </summary>
public sealed class PersonModel(WorkforceQueries queries, ChangeWorker change, RecordCriminalRecordCheck recordCheck,
    RecordVolunteerBriefing recordBriefing, SetVolunteerSupport setSupport, EndWorker end) : PerheverkkoPage
{
    public sealed class DetailsInput { public string? Name { get; set; } public string? WorkEmail { get; set; } }
    public sealed class CheckInput { public DateOnly? ExtractDate { get; set; } public DateOnly? ShownOn { get; set; } public bool Consent { get; set; } }
    public sealed class BriefingInput { public DateOnly? BriefedOn { get; set; } public string? BriefedBy { get; set; } }
    public sealed class SupportInput { public Guid? SupportPersonId { get; set; } public Guid? InsurancePolicyId { get; set; } }
    public sealed class LeaveInput { public DateOnly? LeftOn { get; set; } public bool Confirm { get; set; } }

    [BindProperty] public int? Version { get; set; }
    [BindProperty] public DetailsInput Details { get; set; } = new();
    [BindProperty] public CheckInput Check { get; set; } = new();
    [BindProperty] public BriefingInput Briefing { get; set; } = new();
    [BindProperty] public SupportInput Support { get; set; } = new();
    [BindProperty] public LeaveInput Leave { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public WorkerView View { get; private set; } = null!;
    public IReadOnlyList<WorkerChoice> Employees { get; private set; } = [];
    public IReadOnlyList<PolicyChoice> Policies { get; private set; } = [];
    /// <summary>The leaving form is on its second step: asks to confirm.</summary>
    public bool ConfirmingLeave { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, null, cancellationToken);

    public Task<IActionResult> OnPostDetailsAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "changed", () => change.HandleAsync(Actor, id, new ChangeWorker.Request(Version, Details.Name, Details.WorkEmail), ct), "Details", ct);

    public Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "check_recorded", () => recordCheck.HandleAsync(Actor, id,
            new RecordCriminalRecordCheck.Request(Version, Check.ExtractDate, Check.ShownOn, Check.Consent), ct), "Check", ct);

    public Task<IActionResult> OnPostBriefingAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "briefing_recorded", () => recordBriefing.HandleAsync(Actor, id,
            new RecordVolunteerBriefing.Request(Version, Briefing.BriefedOn, Briefing.BriefedBy), ct), "Briefing", ct);

    public Task<IActionResult> OnPostSupportAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "support_saved", () => setSupport.HandleAsync(Actor, id,
            new SetVolunteerSupport.Request(Version, Support.SupportPersonId, Support.InsurancePolicyId), ct), "Support", ct);

    public async Task<IActionResult> OnPostLeaveAsync(Guid id, CancellationToken ct)
    {
        if (!Leave.Confirm)
        {
            // The first step only asks: nothing changes until the second.
            if (Leave.LeftOn is null) ModelState.AddModelError("Leave.LeftOn", T["validation.required"]);
            else ConfirmingLeave = true;
            await LoadAsync(id, "Leave", ct);
            return Page();
        }
        return await RunAsync(id, "left", () => end.HandleAsync(Actor, id, new EndWorker.Request(Version, Leave.LeftOn), ct), "Leave", ct);
    }

    private async Task<IActionResult> RunAsync(Guid id, string done, Func<Task> useCase, string prefix, CancellationToken ct)
    {
        if (await TryAsync(useCase, prefix)) return Redirect($"/staff/people/{id}?done={done}");
        await LoadAsync(id, prefix, ct);
        return Page();
    }

    /// <param name="posted">The form just posted, whose typed input stays as it was; the others show the record.</param>
    private async Task LoadAsync(Guid id, string? posted, CancellationToken ct)
    {
        View = await queries.PersonAsync(Actor, id, ct);
        if (View.MayManage)
        {
            Employees = (await queries.EmployeesAsync(Actor, View.OrganisationId, ct)).Where(e => e.Id != View.Id).ToList();
            Policies = await queries.PolicyChoicesAsync(Actor, View.OrganisationId, ct);
        }
        if (posted != "Details") Details = new DetailsInput { Name = View.Name, WorkEmail = View.WorkEmail };
        if (posted != "Check") Check = new CheckInput();
        if (posted != "Briefing") Briefing = new BriefingInput { BriefedOn = View.BriefedOn, BriefedBy = View.BriefedBy };
        if (posted != "Support") Support = new SupportInput { SupportPersonId = View.SupportPersonId, InsurancePolicyId = View.InsurancePolicyId };
        if (posted != "Leave") Leave = new LeaveInput();
    }
}

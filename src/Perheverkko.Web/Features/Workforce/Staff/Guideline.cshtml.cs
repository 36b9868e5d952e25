using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce.Staff;

/// <summary>The organisation's own workforce guideline: re-check interval, volunteers' checks, reminders, retention.</summary>
public sealed class GuidelineModel(WorkforceGuidelineQueries queries, ChangeWorkforceSettings change) : PerheverkkoPage
{
    public sealed class GuidelineInput
    {
        public int? Version { get; set; }
        public int? RecheckMonths { get; set; }
        public bool VolunteerCheckRequired { get; set; }
        public int? ReminderDays { get; set; }
        public int? RetentionMonths { get; set; }
    }

    [BindProperty] public GuidelineInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public WorkforceGuidelineView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.GuidelineAsync(Actor, cancellationToken);
        Input = new GuidelineInput
        {
            Version = View.Version, RecheckMonths = View.RecheckMonths, VolunteerCheckRequired = View.VolunteerCheckRequired,
            ReminderDays = View.ReminderDays, RetentionMonths = View.RetentionMonths,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => change.HandleAsync(Actor, new ChangeWorkforceSettings.Request(Input.Version, Input.RecheckMonths,
                Input.VolunteerCheckRequired, Input.ReminderDays, Input.RetentionMonths), cancellationToken)))
            return Redirect("/staff/people/guideline?done=saved");
        View = await queries.GuidelineAsync(Actor, cancellationToken);
        return Page();
    }
}

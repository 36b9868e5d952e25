using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Evaluations.Staff;

/// <summary>The year's evaluations: every municipality with its state and the due date; the coordinator sets the due date here.</summary>
public sealed class YearModel(EvaluationsQueries queries, ChangeEvaluationSettings change) : PerheverkkoPage
{
    public sealed class SettingsInput
    {
        public DateOnly? DueOn { get; set; }
        public int? ReminderDays { get; set; }
    }

    [FromRoute] public int Year { get; set; }
    [BindProperty] public SettingsInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public EvaluationYearView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.YearAsync(Actor, Year, cancellationToken);
        Input = new SettingsInput { DueOn = View.DueOn, ReminderDays = View.ReminderDays };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var key in ModelState.Keys.ToList()) ModelState[key]!.Errors.Clear();
        if (await TryAsync(() => change.HandleAsync(Actor, Year, new ChangeEvaluationSettings.Request(Input.DueOn, Input.ReminderDays), cancellationToken)))
            return Redirect($"/staff/evaluations/{Year}?done=saved");
        View = await queries.YearAsync(Actor, Year, cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Evaluations.Staff;

/// <summary>
/// A municipality's evaluation of a year: a status and a narrative for each goal of the action plan and of the
/// municipality's welfare plan (added here: empty rows at the end, a row removed by ticking it). Saved as a draft any
/// number of times; submitting asks to confirm in a second step and makes it read-only.
/// </summary>
public sealed class FormModel(EvaluationsQueries queries, SaveEvaluation save, SubmitEvaluation submit) : PerheverkkoPage
{
    /// <summary>How many empty welfare-plan rows the form offers for new goals.</summary>
    public const int NewRows = 2;

    public sealed class RowInput
    {
        public EvaluationGoalKind Kind { get; set; }
        public Guid? GoalId { get; set; }
        public string? Title { get; set; }
        public GoalStatus? Status { get; set; }
        public string? Narrative { get; set; }
        public bool Remove { get; set; }
    }

    public sealed class EvaluationInput
    {
        public List<RowInput> Rows { get; set; } = [];
    }

    [FromRoute] public int Year { get; set; }
    [FromRoute] public Guid MunicipalityId { get; set; }
    [BindProperty] public EvaluationInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public EvaluationFormView View { get; private set; } = null!;
    public bool ConfirmingSubmission { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.FormAsync(Actor, Year, MunicipalityId, Texts.CurrentLanguage, cancellationToken);
        Version = View.Version;
        Input.Rows = [.. View.Rows.Select(r => new RowInput { Kind = r.Kind, GoalId = r.GoalId, Title = r.Title, Status = r.Status, Narrative = r.Narrative })];
        AddBlankRows();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        foreach (var key in ModelState.Keys.ToList()) ModelState[key]!.Errors.Clear();
        // A blank new row is no goal; a ticked one is removed.
        var kept = Input.Rows.Where(r => !r.Remove && !(r.Kind == EvaluationGoalKind.WelfarePlan && r.GoalId is null && string.IsNullOrWhiteSpace(r.Title)
            && string.IsNullOrWhiteSpace(r.Narrative) && r.Status is null)).ToList();
        Input.Rows = kept;
        var request = new SaveEvaluation.Request([.. kept.Select(r => new SaveEvaluation.RowInput(r.Kind, r.GoalId, r.Title, r.Status, r.Narrative))],
            Version == 0 ? null : Version);
        if (await TryAsync(() => save.HandleAsync(Actor, Year, MunicipalityId, request, cancellationToken)))
            return Redirect($"/staff/evaluations/{Year}/{MunicipalityId}?done=saved");
        View = await queries.FormAsync(Actor, Year, MunicipalityId, Texts.CurrentLanguage, cancellationToken);
        AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            // The first step only asks: nothing is submitted until the second.
            await OnGetAsync(cancellationToken);
            ConfirmingSubmission = true;
            return Page();
        }
        if (await TryAsync(() => submit.HandleAsync(Actor, Year, MunicipalityId, new SubmitEvaluation.Request(Version), cancellationToken), "Submit"))
            return Redirect($"/staff/evaluations/{Year}/{MunicipalityId}?done=submitted");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private void AddBlankRows()
    {
        if (!View.MayEdit) return;
        for (var i = 0; i < NewRows; i++) Input.Rows.Add(new RowInput { Kind = EvaluationGoalKind.WelfarePlan });
    }
}

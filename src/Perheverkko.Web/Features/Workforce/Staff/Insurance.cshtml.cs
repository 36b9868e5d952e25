using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce.Staff;

/// <summary>The organisation's insurance policies for its volunteers (001 §17, §20): list, add, change, remove after a confirming second step.</summary>
public sealed class InsuranceModel(WorkforceGuidelineQueries queries, SaveInsurancePolicy save, RemoveInsurancePolicy remove) : PerheverkkoPage
{
    public sealed class PolicyInput
    {
        public string? Insurer { get; set; }
        public string? PolicyNumber { get; set; }
        public DateOnly? ValidUntil { get; set; }
    }

    [BindProperty] public PolicyInput Input { get; set; } = new();
    /// <summary>The policy being changed (null: a new one).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Edit { get; set; }
    [BindProperty] public Guid? RemoveId { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public WorkforceGuidelineView View { get; private set; } = null!;
    /// <summary>The policy whose removal waits for the second step.</summary>
    public InsurancePolicyView? Removing { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.GuidelineAsync(Actor, cancellationToken);
        if (Edit is { } id && View.Policies.FirstOrDefault(p => p.Id == id) is { } policy)
            Input = new PolicyInput { Insurer = policy.Insurer, PolicyNumber = policy.PolicyNumber, ValidUntil = policy.ValidUntil };
        else Edit = null;
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => save.HandleAsync(Actor, Edit, new SaveInsurancePolicy.Request(Input.Insurer, Input.PolicyNumber, Input.ValidUntil), cancellationToken)))
            return Redirect("/staff/people/insurance?done=saved");
        View = await queries.GuidelineAsync(Actor, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        View = await queries.GuidelineAsync(Actor, cancellationToken);
        if (!Confirm)
        {
            // The first step only asks: nothing is removed until the second.
            Removing = View.Policies.FirstOrDefault(p => p.Id == RemoveId);
            return Removing is null ? NotFound() : Page();
        }
        if (RemoveId is { } id && await TryAsync(() => remove.HandleAsync(Actor, id, cancellationToken), "Remove"))
            return Redirect("/staff/people/insurance?done=removed");
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Staff;

/// <summary>The versions of the agreement for staff, drafts included; the coordinator starts the next version here.</summary>
public sealed class VersionsModel(AgreementTextQueries queries, CreateAgreementDraft createDraft) : PerheverkkoPage
{
    public sealed class DraftInput
    {
        public string? From { get; set; }
        public int? StartYear { get; set; }
        public int? EndYear { get; set; }
        public string? Title { get; set; }
    }

    public IReadOnlyList<AgreementVersionSummary> Versions { get; private set; } = [];
    public IReadOnlyList<string> PermittedActions { get; private set; } = [];
    [BindProperty] public DraftInput Draft { get; set; } = new();
    public bool MayDraft => PermittedActions.Contains(nameof(StaffAction.DraftAgreement));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var latest = Versions.OrderByDescending(v => v.StartYear).FirstOrDefault();
        if (latest is not null)
        {
            var length = latest.EndYear - latest.StartYear;
            Draft = new DraftInput { From = latest.Period, StartYear = latest.EndYear + 1, EndYear = latest.EndYear + 1 + length, Title = latest.Title };
        }
    }

    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken)
    {
        string period = "";
        if (await TryAsync(async () => period = await createDraft.HandleAsync(Actor,
                new CreateAgreementDraft.Request(Draft.From, Draft.StartYear, Draft.EndYear, Draft.Title), cancellationToken), "Draft"))
            return Redirect($"/staff/agreement/{period}");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        (Versions, PermittedActions) = await queries.StaffVersionsAsync(Actor, cancellationToken);
}

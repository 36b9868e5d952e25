using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Staff;

/// <summary>The coordinator's view of a signing round: per party decision and signatures, who is missing; sending, accession, ending.</summary>
public sealed class DashboardModel(SigningQueries queries, SendForSigning send, AddParty addParty, EndAgreementVersion end) : PerheverkkoPage
{
    public sealed class AccessionInput { public Guid? OrganisationId { get; set; } }
    public sealed class EndingInput { public DateOnly? LastDay { get; set; } }

    public SigningDashboardView View { get; private set; } = null!;
    public IReadOnlyList<SigningChoice> Candidates { get; private set; } = [];
    [TempData] public string? Notice { get; set; }
    [BindProperty] public AccessionInput Accession { get; set; } = new();
    [BindProperty] public EndingInput Ending { get; set; } = new();

    public bool MayManage => View.PermittedActions.Contains(nameof(StaffAction.ManageAgreementParties));
    public bool SignsForSomeone => View.Parties.Any(p => p.PermittedActions.Contains(nameof(StaffAction.SignAgreement)));

    public async Task OnGetAsync(string period, CancellationToken cancellationToken) => await LoadAsync(period, cancellationToken);

    public async Task<IActionResult> OnPostSendAsync(string period, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        if (await TryAsync(() => send.HandleAsync(Actor, id, cancellationToken))) return Saved(period, "signing.sent");
        await LoadAsync(period, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddPartyAsync(string period, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        if (await TryAsync(() => addParty.HandleAsync(Actor, id, new AddParty.Request(Accession.OrganisationId, null), cancellationToken), "Accession"))
            return Saved(period, "signing.party_added");
        await LoadAsync(period, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(string period, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        if (await TryAsync(() => end.HandleAsync(Actor, id, new EndAgreementVersion.Request(Ending.LastDay), cancellationToken), "Ending"))
            return Saved(period, "signing.ended");
        await LoadAsync(period, cancellationToken);
        return Page();
    }

    public string Membership(PartySigningView p) =>
        (p.JoinedOn, p.EndsOn) switch
        {
            (null, { } ends) => T["signing.left_on", ends.ToString("d.M.yyyy")],
            (null, null) => "–",
            ({ } joined, null) => T["signing.party_since", joined.ToString("d.M.yyyy")],
            ({ } joined, { } ends) => T["signing.party_until", joined.ToString("d.M.yyyy"), ends.ToString("d.M.yyyy")],
        };

    private RedirectToPageResult Saved(string period, string noticeKey)
    {
        Notice = T[noticeKey];
        return RedirectToPage(new { period });
    }

    private async Task LoadAsync(string period, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        View = await queries.DashboardAsync(Actor, id, cancellationToken);
        if (!MayManage) return;
        Candidates = await queries.AccessionCandidatesAsync(id, Platform.Localization.Texts.CurrentLanguage, cancellationToken);
    }
}

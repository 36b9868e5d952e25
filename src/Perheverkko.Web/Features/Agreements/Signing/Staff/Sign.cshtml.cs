using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Staff;

/// <summary>
/// The signatory's page: the frozen text's hash and a link to the text, the decision that authorises them, and explicit
/// consent. The form carries the hash shown, so a signature can only be over what the signatory saw.
/// </summary>
public sealed class SignModel(SigningQueries queries, SignAgreement sign, RejectSigning reject) : PerheverkkoPage
{
    public SigningDashboardView View { get; private set; } = null!;
    public IReadOnlyList<PartySigningView> Mine { get; private set; } = [];
    public Guid? UserId => Actor?.UserId;
    public SigningSession Session => SigningSessions.Of(HttpContext);
    [TempData] public string? Notice { get; set; }
    [BindProperty] public string? TextHash { get; set; }
    [BindProperty] public bool? Consent { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(string period, CancellationToken cancellationToken) => await LoadAsync(period, cancellationToken);

    public async Task<IActionResult> OnPostSignAsync(string period, Guid organisationId, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        SignAgreement.Result? result = null;
        if (await TryAsync(async () => result = await sign.HandleAsync(Actor, Session, id, organisationId, new SignAgreement.Request(TextHash, Consent), cancellationToken), ""))
        {
            Notice = result!.VersionStatus == AgreementStatus.InForce ? T["sign.signed_in_force", result.InForceFrom!.Value.ToString("d.M.yyyy")] : T["sign.signed"];
            return RedirectToPage(new { period });
        }
        await LoadAsync(period, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(string period, Guid organisationId, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        if (await TryAsync(() => reject.HandleAsync(Actor, Session, id, organisationId, new RejectSigning.Request(Reason), cancellationToken), ""))
        {
            Notice = T["sign.rejected"];
            return RedirectToPage(new { period });
        }
        await LoadAsync(period, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Why the signatory cannot sign for <paramref name="party"/> yet, before they try: the rules SignAgreement applies
    /// (sent for signatures, or an accession to a version in force; the party's approving decision recorded), or null
    /// when they can — or when signing is over for this version, which its status already says.
    /// </summary>
    public string? WhyNotYet(PartySigningView party)
    {
        if (View.Version.Status is AgreementStatus.Draft or AgreementStatus.OutForDecisions) return T["sign.waiting_not_sent"];
        if (!SigningOpen(party)) return null;
        return party.Decision?.Status == DecisionStatus.Approved ? null : T["sign.waiting_decision", party.ListedName];
    }

    /// <summary>Whether the version takes signatures or declines at all now (SignOrReject's check).</summary>
    public bool SigningOpen(PartySigningView party) =>
        View.Version.Status == AgreementStatus.OutForSigning || (View.Version.Status == AgreementStatus.InForce && party.JoinedOn is null);

    private async Task LoadAsync(string period, CancellationToken cancellationToken)
    {
        View = await queries.DashboardAsync(Actor, await queries.VersionIdAsync(period, cancellationToken), cancellationToken);
        Mine = View.Parties.Where(p => p.PermittedActions.Contains(nameof(StaffAction.SignAgreement))).ToList();
    }
}

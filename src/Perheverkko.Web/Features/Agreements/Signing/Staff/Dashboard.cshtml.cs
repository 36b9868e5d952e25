using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Staff;

/// <summary>The coordinator's view of a signing round: per party decision and signatures, who is missing; sending, accession, ending.</summary>
public sealed class DashboardModel(SigningQueries queries, SendForSigning send, AddParty addParty, EndAgreementVersion end, TimeProvider clock) : PerheverkkoPage
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

    /// <summary>The sending, or the end, that waits for the second post (the one confirm step, issue #13 item 3).</summary>
    public ConfirmStep? Confirmation { get; private set; }

    /// <summary>
    /// The first post says what sending does and names the parties that cannot sign yet (no approving decision, no
    /// signatory); the second, with <paramref name="confirmed"/>, sends.
    /// </summary>
    public async Task<IActionResult> OnPostSendAsync(string period, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            await LoadAsync(period, cancellationToken);
            var taking = View.Parties.Where(p => p.TakesPart).ToList();
            var undecided = taking.Where(p => p.Decision?.Status != DecisionStatus.Approved).Select(p => p.ListedName).ToList();
            var unnamed = taking.Where(p => p.Signatories.Count == 0).Select(p => p.ListedName).ToList();
            List<string> consequences =
            [
                T["signing.confirm_send_date", HelsinkiTime.Today(clock).ToString("d.M.yyyy")],
                T["signing.confirm_send_mail", taking.Sum(p => p.Signatories.Count)],
            ];
            if (undecided.Count > 0) consequences.Add(T["signing.confirm_send_missing_decisions", undecided.Count, string.Join(", ", undecided)]);
            if (unnamed.Count > 0) consequences.Add(T["signing.confirm_send_no_signatories", unnamed.Count, string.Join(", ", unnamed)]);
            Confirmation = new ConfirmStep("Send", T["signing.confirm_send", View.Version.Period], consequences, T["signing.confirm_send_button"],
                $"/staff/signing/{period}#manage");
            return Page();
        }
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

    /// <summary>
    /// With a last day, the first post says what ending does; the second, with <paramref name="confirmed"/>, ends. Without
    /// one the use case refuses at once, so the field's message shows without a step.
    /// </summary>
    public async Task<IActionResult> OnPostEndAsync(string period, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed && Ending.LastDay is { } lastDay)
        {
            await LoadAsync(period, cancellationToken);
            var day = lastDay.ToString("d.M.yyyy");
            Confirmation = new ConfirmStep("End", T["signing.confirm_end", View.Version.Period, day],
                [T["signing.confirm_end_parties", day], T["signing.confirm_end_final"]], T["signing.confirm_end_button"], $"/staff/signing/{period}#manage")
            {
                Fields = [new("Ending.LastDay", lastDay.ToString("yyyy-MM-dd"))],
            };
            return Page();
        }
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

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing.Staff;

/// <summary>One party's part in a version: its decision and attachment, its signatories, notice, and (coordinator) leaving.</summary>
public sealed class PartyModel(SigningQueries queries, RecordPartyDecision recordDecision, StoreDecisionAttachment storeAttachment,
    NameSignatories nameSignatories, GiveNotice giveNotice, WithdrawNotice withdrawNotice, RecordLeaving recordLeaving, TimeProvider clock) : PerheverkkoPage
{
    public sealed class DecisionInput
    {
        public string? Organ { get; set; }
        public DateOnly? MeetingDate { get; set; }
        public string? Section { get; set; }
        public string? RegisterNumber { get; set; }
        public string? Background { get; set; }
        public string? Proposal { get; set; }
        public string? Decision { get; set; }
        public string? Preparer { get; set; }
        public string? Presenter { get; set; }
        public string? AuthorisedToSign { get; set; }
        public DecisionStatus? Status { get; set; }
    }

    public sealed class SignatoriesInput
    {
        public SigningRule? Rule { get; set; }
        public List<Guid?> StaffUserIds { get; set; } = [];
    }

    /// <summary>The decision form's fields: property, label key, input type.</summary>
    public readonly IReadOnlyList<(string Field, string Label, string Kind)> DecisionFields =
    [
        ("Organ", "decision.organ", "text"), ("MeetingDate", "decision.meeting_date", "date"), ("Section", "decision.section", "text"),
        ("RegisterNumber", "decision.register_number", "text"), ("Background", "decision.background", "textarea"),
        ("Proposal", "decision.proposal", "textarea"), ("Decision", "decision.decision", "textarea"), ("Preparer", "decision.preparer", "text"),
        ("Presenter", "decision.presenter", "text"), ("AuthorisedToSign", "decision.authorised_to_sign", "text"),
    ];

    public SigningDashboardView View { get; private set; } = null!;
    public PartySigningView Party { get; private set; } = null!;
    public IReadOnlyList<SigningChoice> Accounts { get; private set; } = [];
    public DateOnly Today => HelsinkiTime.Today(clock);
    [TempData] public string? Notice { get; set; }
    [BindProperty] public DecisionInput Input { get; set; } = new();
    [BindProperty] public SignatoriesInput Signatories { get; set; } = new();
    /// <summary>Giving notice asks first (the one confirm step, issue #13 item 3).</summary>
    public ConfirmStep? Confirmation { get; private set; }
    [BindProperty] public DateOnly? LastDay { get; set; }

    public bool MayRecordDecision => Party.PermittedActions.Contains(nameof(StaffAction.RecordPartyDecision));
    public bool MayNameSignatories => Party.PermittedActions.Contains(nameof(StaffAction.NameSignatories));
    public bool MayGiveNotice => Party.PermittedActions.Contains(nameof(StaffAction.GiveNotice));
    public bool MayManage => View.PermittedActions.Contains(nameof(StaffAction.ManageAgreementParties));

    public async Task OnGetAsync(string period, Guid organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(period, organisationId, cancellationToken);
        if (Party.Decision is { } d)
            Input = new DecisionInput
            {
                Organ = d.Organ, MeetingDate = d.MeetingDate, Section = d.Section?.ToString(CultureInfo.InvariantCulture), RegisterNumber = d.RegisterNumber,
                Background = d.Background, Proposal = d.Proposal, Decision = d.Decision, Preparer = d.Preparer, Presenter = d.Presenter,
                AuthorisedToSign = d.AuthorisedToSign, Status = d.Status,
            };
    }

    public Task<IActionResult> OnPostDecisionAsync(string period, Guid organisationId, CancellationToken cancellationToken) =>
        RunAsync(period, organisationId, id => recordDecision.HandleAsync(Actor, id, organisationId, new RecordPartyDecision.Request(Input.Organ, Input.MeetingDate,
            Input.Section, Input.RegisterNumber, Input.Background, Input.Proposal, Input.Decision, Input.Preparer, Input.Presenter, Input.AuthorisedToSign,
            Input.Status), cancellationToken), "decision.saved", "Input", cancellationToken);

    public Task<IActionResult> OnPostAttachmentAsync(string period, Guid organisationId, IFormFile? attachment, CancellationToken cancellationToken) =>
        RunAsync(period, organisationId, async id =>
        {
            if (attachment is null || attachment.Length == 0) throw Platform.Rules.InputInvalid.For("attachment", "validation.required");
            await using var upload = attachment.OpenReadStream();
            var content = await UploadedFile.ReadAtMostAsync(upload, DecisionAttachment.MaxBytes, SigningRules.AttachmentTooLarge, cancellationToken);
            await storeAttachment.HandleAsync(Actor, id, organisationId, attachment.FileName, content, cancellationToken);
        }, "decision.attachment_saved", "", cancellationToken);

    public Task<IActionResult> OnPostSignatoriesAsync(string period, Guid organisationId, CancellationToken cancellationToken) =>
        RunAsync(period, organisationId, id => nameSignatories.HandleAsync(Actor, id, organisationId, new NameSignatories.Request(Signatories.Rule,
            Signatories.StaffUserIds.OfType<Guid>().ToList()), cancellationToken), "signing.signatories_saved", "Signatories", cancellationToken);

    /// <summary>
    /// The first post says the end date a notice given today has (001 §21, capped at the period's last day); the second,
    /// with <paramref name="confirmed"/>, gives the notice with that confirmation.
    /// </summary>
    public async Task<IActionResult> OnPostGiveNoticeAsync(string period, Guid organisationId, bool confirmed, CancellationToken cancellationToken)
    {
        if (confirmed)
            return await RunAsync(period, organisationId, id => giveNotice.HandleAsync(Actor, id, organisationId, new GiveNotice.Request(true), cancellationToken),
                "notice.saved", "", cancellationToken);
        await LoadAsync(period, organisationId, cancellationToken);
        Confirmation = new ConfirmStep("GiveNotice", T["notice.confirm_question", Party.ListedName],
            [T["notice.confirm_ends", Today.ToString("d.M.yyyy"), Party.ListedName, View.NoticeTodayEndsOn.ToString("d.M.yyyy")], T["notice.confirm_withdraw"]],
            T["notice.confirm_button"], $"/staff/signing/{period}/parties/{organisationId}#notice");
        return Page();
    }

    public Task<IActionResult> OnPostWithdrawAsync(string period, Guid organisationId, CancellationToken cancellationToken) =>
        RunAsync(period, organisationId, id => withdrawNotice.HandleAsync(Actor, id, organisationId, cancellationToken), "notice.withdrawn", "", cancellationToken);

    public Task<IActionResult> OnPostLeaveAsync(string period, Guid organisationId, CancellationToken cancellationToken) =>
        RunAsync(period, organisationId, id => recordLeaving.HandleAsync(Actor, id, organisationId, new RecordLeaving.Request(LastDay), cancellationToken),
            "signing.leaving_saved", "", cancellationToken);

    public string? ValueOf(string field) => typeof(DecisionInput).GetProperty(field)!.GetValue(Input) switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var value => value?.ToString(),
    };

    public bool HasError(string field, string prefix = "Input") => ModelState[Key(field, prefix)]?.Errors.Count > 0;

    public string? ErrorOf(string field, string prefix = "Input") =>
        ModelState[Key(field, prefix)]?.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Select(e => e.ErrorMessage)) : null;

    private static string Key(string field, string prefix) => prefix.Length == 0 ? field : $"{prefix}.{field}";

    private async Task<IActionResult> RunAsync(string period, Guid organisationId, Func<Guid, Task> useCase, string noticeKey, string prefix, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        if (await TryAsync(() => useCase(id), prefix))
        {
            Notice = T[noticeKey];
            return RedirectToPage(new { period, organisationId });
        }
        await LoadAsync(period, organisationId, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string period, Guid organisationId, CancellationToken cancellationToken)
    {
        var id = await queries.VersionIdAsync(period, cancellationToken);
        View = await queries.DashboardAsync(Actor, id, cancellationToken);
        Party = View.Parties.SingleOrDefault(p => p.OrganisationId == organisationId) ?? throw new Platform.Rules.NotFoundException(SigningRules.PartyNotFound);
        if (MayNameSignatories)
            Accounts = await queries.SignatoryCandidatesAsync(Actor, id, organisationId, cancellationToken);
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice.Staff;

/// <summary>
/// One contact: the family's words and the history (every opening audited), internal notes, and the handling steps.
/// Closing and revoking the answer link ask to confirm on a second step, which works without script.
/// </summary>
public sealed class ContactModel(FamilyAdviceQueries queries, ClaimContact claim, AssignContact assign, TransferContact transfer,
    ReplyToContact reply, RecordCall recordCall, AddNote addNote, ReferContact refer, CloseContact close, RevokeAnswerLink revoke) : PerheverkkoPage
{
    public sealed class TextInput { public string? Text { get; set; } }
    public sealed class AssignInput { public Guid? UserId { get; set; } }
    public sealed class TransferInput { public Guid? MunicipalityId { get; set; } public string? Reason { get; set; } }
    public sealed class CallInput { public bool? Reached { get; set; } public string? Summary { get; set; } }
    public sealed class ReferInput { public Guid? DirectoryEntryId { get; set; } public string? Text { get; set; } }
    public sealed class CloseInput { public ContactOutcome? Outcome { get; set; } public bool Confirm { get; set; } }

    [BindProperty] public int? Version { get; set; }
    [BindProperty] public TextInput Reply { get; set; } = new();
    [BindProperty] public TextInput Note { get; set; } = new();
    [BindProperty] public AssignInput Assign { get; set; } = new();
    [BindProperty] public TransferInput Transfer { get; set; } = new();
    [BindProperty] public CallInput Call { get; set; } = new();
    [BindProperty] public ReferInput Refer { get; set; } = new();
    [BindProperty] public CloseInput Close { get; set; } = new();
    [BindProperty] public bool ConfirmRevoke { get; set; }

    public ContactView View { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    /// <summary>Which confirmation step the page shows: "close" or "revoke".</summary>
    public string? Confirming { get; private set; }

    public bool May(string action) => View.PermittedActions.Contains(action);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => View = await queries.ContactAsync(Actor, id, cancellationToken);

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "claimed", () => claim.HandleAsync(Actor, id, new ClaimContact.Request(Version), ct), "Version", ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "assigned", () => assign.HandleAsync(Actor, id, new AssignContact.Request(Version, Assign.UserId), ct), "Assign", ct);

    public Task<IActionResult> OnPostTransferAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "transferred", () => transfer.HandleAsync(Actor, id, new TransferContact.Request(Version, Transfer.MunicipalityId, Transfer.Reason), ct),
            "Transfer", ct, toQueue: true);

    public Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "replied", () => reply.HandleAsync(Actor, id, new ReplyToContact.Request(Version, Reply.Text), ct), "Reply", ct);

    public Task<IActionResult> OnPostCallAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "call_recorded", () => recordCall.HandleAsync(Actor, id, new RecordCall.Request(Version, Call.Reached, Call.Summary), ct), "Call", ct);

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "noted", () => addNote.HandleAsync(Actor, id, new AddNote.Request(Version, Note.Text), ct), "Note", ct);

    public Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "referred", () => refer.HandleAsync(Actor, id, new ReferContact.Request(Version, Refer.DirectoryEntryId, Refer.Text), ct), "Refer", ct);

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        if (!Close.Confirm)
        {
            // The first step only asks: nothing is changed until the second.
            if (Close.Outcome is null || !Enum.IsDefined(Close.Outcome.Value)) ModelState.AddModelError("Close.Outcome", T["validation.required"]);
            else Confirming = "close";
            View = await queries.ContactAsync(Actor, id, ct);
            return Page();
        }
        return await RunAsync(id, "closed", () => close.HandleAsync(Actor, id, new CloseContact.Request(Version, Close.Outcome), ct), "Close", ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (!ConfirmRevoke)
        {
            Confirming = "revoke";
            View = await queries.ContactAsync(Actor, id, ct);
            return Page();
        }
        return await RunAsync(id, "revoked", () => revoke.HandleAsync(Actor, id, new RevokeAnswerLink.Request(Version), ct), "Version", ct);
    }

    private async Task<IActionResult> RunAsync(Guid id, string done, Func<Task> useCase, string prefix, CancellationToken ct, bool toQueue = false)
    {
        if (await TryAsync(useCase, prefix))
            // After a transfer the contact may be out of the worker's reach: back to the queue.
            return toQueue ? Redirect("/staff/perheneuvo") : Redirect($"/staff/perheneuvo/{id}?done={done}");
        View = await queries.ContactAsync(Actor, id, ct);
        return Page();
    }
}

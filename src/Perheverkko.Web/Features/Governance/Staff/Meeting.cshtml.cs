using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

/// <summary>
/// A meeting with its agenda; the preparers add items, send the invitations and cancel here; the secretary records
/// the held meeting and drafts the minutes, and the chair approves them.
/// </summary>
/// <remarks>The page takes agenda documents, so its request body may be as large as one attachment, and no larger.</remarks>
[RequestSizeLimit(AttachmentFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentFiles.MaxRequestBytes)]
public sealed class MeetingModel(GovernanceQueries queries, AddAgendaItem addItem, SendInvitations send, CancelMeeting cancel,
    MarkMeetingHeld markHeld, RecordAttendance recordAttendance, RecordItemMinutes recordItem, DraftMinutes draft, ApproveMinutes approve,
    CorrectMinutes correct, AddAttachment addAttachment, RemoveAttachment removeAttachment, ReportAbsence reportAbsence,
    ApprovePreviousMinutes approvePrevious, MinutesRecipientQueries minutesRecipients) : PerheverkkoPage
{
    public sealed class UploadInput
    {
        public Guid ItemId { get; set; }
        public IFormFile? File { get; set; }
    }

    /// <summary>One member's line of the attendance form; <see cref="Choice"/> is Present, Absent or the id of the deputy who attended.</summary>
    public sealed class AttendanceRow
    {
        public Guid MembershipId { get; set; }
        public string? Choice { get; set; }
    }

    public sealed class CorrectionInput
    {
        public Guid? AgendaItemId { get; set; }
        public string? Discussion { get; set; }
        public string? Decision { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class ItemMinutesInput
    {
        public Guid ItemId { get; set; }
        public string? Discussion { get; set; }
        public string? Decision { get; set; }
        public int? Version { get; set; }
    }

    public sealed class ItemInput
    {
        public string? Title { get; set; }
        public AgendaItemKind? Kind { get; set; } = AgendaItemKind.Information;
        public string? Preparer { get; set; }
        public string? Description { get; set; }
        public string? Proposal { get; set; }
    }

    public MeetingView View { get; private set; } = null!;
    public string? Notice { get; private set; }
    [BindProperty] public ItemInput Item { get; set; } = new();
    [BindProperty] public List<AttendanceRow> Rows { get; set; } = [];
    [BindProperty] public string? Guests { get; set; }
    [BindProperty] public ItemMinutesInput Minutes { get; set; } = new();
    [BindProperty] public CorrectionInput Correction { get; set; } = new();
    [BindProperty] public UploadInput Upload { get; set; } = new();
    /// <summary>The meeting's version the attendance form was opened at.</summary>
    [BindProperty] public int? Version { get; set; }
    public bool MayReportAbsence => View.PermittedActions.Contains(GovernanceQueries.ReportAbsenceAction);

    public bool MayPrepare => View.PermittedActions.Contains(nameof(StaffAction.PrepareMeeting));
    public bool MayRecord => View.PermittedActions.Contains(nameof(StaffAction.RecordMeeting));
    public bool MayApprove => View.PermittedActions.Contains(nameof(StaffAction.ApproveMinutes));
    public bool IsHeld => View.Status is MeetingStatus.Held or MeetingStatus.MinutesDraft or MeetingStatus.MinutesApproved;
    public bool MinutesOpen => View.Status is MeetingStatus.Held or MeetingStatus.MinutesDraft;

    /// <summary>
    /// What the attendance form shows selected for a member: the recorded attendance; before any is recorded, the deputy
    /// of a member who said they cannot come (or absent when they have none), otherwise present.
    /// </summary>
    public string ChoiceFor(Guid membershipId) => View.Attendance.FirstOrDefault(a => a.MembershipId == membershipId) switch
    {
        { Kind: AttendanceKind.Absent } => nameof(AttendanceKind.Absent),
        { Kind: AttendanceKind.DeputyAttending, DeputyMembershipId: { } deputy } => deputy.ToString(),
        null when View.Attendance.Count == 0 && View.Absences.FirstOrDefault(a => a.MembershipId == membershipId) is { } absence =>
            absence.ExpectedDeputies.Count > 0 ? absence.ExpectedDeputies[0].MembershipId.ToString() : nameof(AttendanceKind.Absent),
        _ => nameof(AttendanceKind.Present),
    };

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => View = await queries.GetMeetingAsync(Actor, id, cancellationToken);

    public async Task<IActionResult> OnPostAddItemAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => addItem.HandleAsync(Actor, id,
            new AgendaItemInput(Item.Title, Item.Kind, Item.Preparer, Item.Description, Item.Proposal), cancellationToken), "Item");
        if (saved)
        {
            ModelState.Clear();
            Item = new ItemInput();
            Notice = T["agenda.added"];
        }
        View = await queries.GetMeetingAsync(Actor, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        SendInvitations.Result? result = null;
        if (await TryAsync(async () => result = await send.HandleAsync(Actor, id, cancellationToken))) Notice = T["meeting.sent", result!.Recipients];
        View = await queries.GetMeetingAsync(Actor, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var notified = 0;
        if (await TryAsync(async () => notified = await cancel.HandleAsync(Actor, id, cancellationToken))) Notice = T["meeting.cancelled", notified];
        View = await queries.GetMeetingAsync(Actor, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => markHeld.HandleAsync(Actor, id, cancellationToken))) Notice = T["minutes.held_done"];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken cancellationToken)
    {
        var entries = Rows.Select(r => Guid.TryParse(r.Choice, out var deputy)
            ? new RecordAttendance.Entry(r.MembershipId, AttendanceKind.DeputyAttending, deputy)
            : new RecordAttendance.Entry(r.MembershipId, Enum.TryParse<AttendanceKind>(r.Choice, out var kind) ? kind : null, null)).ToList();
        var guests = (Guests ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await TryAsync(() => recordAttendance.HandleAsync(Actor, id, new RecordAttendance.Request(entries, guests, Version), cancellationToken))) Notice = T["attendance.saved"];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostItemMinutesAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => recordItem.HandleAsync(Actor, Minutes.ItemId, new RecordItemMinutes.Request(Minutes.Discussion, Minutes.Decision, Minutes.Version), cancellationToken), "Minutes"))
        {
            ModelState.Clear();
            Notice = T["minutes.item_saved"];
        }
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDraftAsync(Guid id, CancellationToken cancellationToken)
    {
        IReadOnlyList<DraftMinutes.NumberView>? numbered = null;
        if (await TryAsync(async () => numbered = await draft.HandleAsync(Actor, id, cancellationToken))) Notice = T["minutes.drafted", numbered!.Count];
        return await ReloadAsync(id, cancellationToken);
    }

    /// <summary>Set when the chair has pressed "Approve" once: the page asks to confirm, saying what follows.</summary>
    public ConfirmStep? ApprovalStep { get; private set; }

    /// <summary>The first post asks to confirm (the minutes become final, who is e-mailed); the second, with <paramref name="confirmed"/>, approves.</summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            View = await queries.GetMeetingAsync(Actor, id, cancellationToken);
            if (MayApprove && View.Status == MeetingStatus.MinutesDraft)
            {
                var recipients = await minutesRecipients.NamesAsync(Actor, id, cancellationToken);
                ApprovalStep = new ConfirmStep("Approve", T["minutes.confirm_question", View.StartsAt.ToString("d.M.yyyy")],
                    [T["minutes.confirm_final"], recipients.Count == 0 ? T["minutes.confirm_no_recipients"] : T["minutes.confirm_mailed", recipients.Count, string.Join(", ", recipients)]],
                    T["minutes.confirm_approve"], $"/staff/meetings/{id}#minutes");
            }
            return Page();
        }
        ApproveMinutes.Result? result = null;
        if (await TryAsync(async () => result = await approve.HandleAsync(Actor, id, cancellationToken))) Notice = T["minutes.approved", result!.Recipients];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken cancellationToken)
    {
        CorrectMinutes.Result? result = null;
        if (await TryAsync(async () => result = await correct.HandleAsync(Actor, id,
                new CorrectMinutes.Request(Correction.AgendaItemId, Correction.Discussion, Correction.Decision, Correction.Reason), cancellationToken), "Correction"))
        {
            ModelState.Clear();
            Correction = new CorrectionInput();
            Notice = T["minutes.corrected", result!.Version, result.Recipients];
        }
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = Upload.File;
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        if (await TryAsync(() => addAttachment.HandleAsync(Actor, Upload.ItemId, file?.FileName, content, declaredType: null, cancellationToken), "Upload"))
            Notice = T["attachments.added"];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => removeAttachment.HandleAsync(Actor, attachmentId, cancellationToken))) Notice = T["attachments.removed"];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostApprovePreviousAsync(Guid id, CancellationToken cancellationToken)
    {
        ApprovePreviousMinutes.Result? result = null;
        if (await TryAsync(async () => result = await approvePrevious.HandleAsync(Actor, id, cancellationToken)))
            Notice = T["minutes.previous_approved", result!.Decision, result.Recipients];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAbsentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => reportAbsence.HandleAsync(Actor, id, cannotCome: true, cancellationToken))) Notice = T["absence.reported"];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAbsenceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => reportAbsence.HandleAsync(Actor, id, cannotCome: false, cancellationToken))) Notice = T["absence.withdrawn"];
        return await ReloadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken cancellationToken)
    {
        View = await queries.GetMeetingAsync(Actor, id, cancellationToken);
        return Page();
    }
}

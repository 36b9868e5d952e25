using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

/// <summary>
/// A meeting with its agenda; the preparers write, reorder and remove items, send the invitations, move the meeting and
/// cancel it (after a confirm step that says who is e-mailed) here; the secretary records
/// the held meeting and drafts the minutes, and the chair approves them.
/// </summary>
/// <remarks>The page takes agenda documents, so its request body may be as large as one attachment, and no larger.</remarks>
[RequestSizeLimit(AttachmentFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentFiles.MaxRequestBytes)]
public sealed class MeetingModel(GovernanceQueries queries, AddAgendaItem addItem, UpdateAgendaItem updateItem, MoveAgendaItem moveItem,
    RemoveAgendaItem removeItem, RescheduleMeeting reschedule, SendInvitations send, CancelMeeting cancel,
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

    /// <summary>An agenda item as changed in its edit form; <see cref="Version"/> is the meeting's version the form was opened at.</summary>
    public sealed class EditInput
    {
        public Guid ItemId { get; set; }
        public string? Title { get; set; }
        public AgendaItemKind? Kind { get; set; }
        public string? Preparer { get; set; }
        public string? Description { get; set; }
        public string? Proposal { get; set; }
        public int? Version { get; set; }
    }

    /// <summary>When and how the meeting is held, as the reschedule form shows it (Finnish time).</summary>
    public sealed class ScheduleInput
    {
        public DateOnly? Date { get; set; }
        public TimeOnly? StartTime { get; set; }
        public TimeOnly? EndTime { get; set; }
        public MeetingMode? Mode { get; set; }
        public string? Place { get; set; }
        public string? VideoLink { get; set; }

        public static ScheduleInput Of(MeetingView view) => new()
        {
            Date = DateOnly.FromDateTime(view.StartsAt.DateTime), StartTime = TimeOnly.FromDateTime(view.StartsAt.DateTime),
            EndTime = TimeOnly.FromDateTime(view.EndsAt.DateTime), Mode = view.Mode, Place = view.Place, VideoLink = view.VideoLink,
        };
    }

    public MeetingView View { get; private set; } = null!;
    [BindProperty] public EditInput Edit { get; set; } = new();
    [BindProperty] public ScheduleInput Schedule { get; set; } = new();
    /// <summary>Cancelling asks first (the confirm step), saying who will be sent the cancellation.</summary>
    public ConfirmStep? CancelStep { get; private set; }
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

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await ReloadAsync(id, cancellationToken);

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
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostEditItemAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => updateItem.HandleAsync(Actor, Edit.ItemId,
                new AgendaItemInput(Edit.Title, Edit.Kind, Edit.Preparer, Edit.Description, Edit.Proposal, Version: Edit.Version), cancellationToken), "Edit"))
        {
            ModelState.Clear();
            Edit = new EditInput();
            Notice = T["governance.item_saved"];
        }
        return await ReloadAsync(id, cancellationToken);
    }

    /// <summary>"Move up" and "move down": the item's new place, from the meeting's version the page showed.</summary>
    public async Task<IActionResult> OnPostMoveItemAsync(Guid id, Guid itemId, int position, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => moveItem.HandleAsync(Actor, itemId, new MoveAgendaItem.Request(position, Version), cancellationToken)))
            Notice = T["governance.item_moved", position];
        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveItemAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => removeItem.HandleAsync(Actor, itemId, cancellationToken))) Notice = T["governance.item_removed"];
        return await ReloadAsync(id, cancellationToken);
    }

    /// <summary>Moves the meeting; once invited, everyone is sent the update (as the API does).</summary>
    public async Task<IActionResult> OnPostRescheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        var notified = 0;
        var saved = await TryAsync(async () => notified = await reschedule.HandleAsync(Actor, id,
            new MeetingTimeInput(Schedule.Date, Schedule.StartTime, Schedule.EndTime, Schedule.Mode, Schedule.Place, Schedule.VideoLink), cancellationToken), "Schedule");
        if (saved)
        {
            ModelState.Clear();
            Notice = notified > 0 ? T["governance.rescheduled_notified", notified] : T["governance.rescheduled"];
        }
        return await ReloadAsync(id, cancellationToken, keepSchedule: !saved);
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        SendInvitations.Result? result = null;
        if (await TryAsync(async () => result = await send.HandleAsync(Actor, id, cancellationToken))) Notice = T["meeting.sent", result!.Recipients];
        return await ReloadAsync(id, cancellationToken);
    }

    /// <summary>The first post asks to confirm, saying who is sent the cancellation; the second, with <paramref name="confirmed"/>, cancels.</summary>
    public async Task<IActionResult> OnPostCancelAsync(Guid id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            await ReloadAsync(id, cancellationToken);
            if (!MayPrepare) return Page();
            var recipients = await queries.CancellationRecipientsAsync(Actor, id, cancellationToken);
            CancelStep = new ConfirmStep("Cancel", T["governance.cancel_question", View.StartsAt.ToString("d.M.yyyy H.mm")],
                [recipients > 0 ? T["governance.cancel_mail", recipients] : T["governance.cancel_no_mail"], T["governance.cancel_final"]],
                T["governance.cancel_confirm"], $"/staff/meetings/{id}#schedule");
            return Page();
        }
        var notified = 0;
        if (await TryAsync(async () => notified = await cancel.HandleAsync(Actor, id, cancellationToken))) Notice = T["meeting.cancelled", notified];
        return await ReloadAsync(id, cancellationToken);
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

    /// <param name="keepSchedule">Keep what was typed into the reschedule form (a refused post); otherwise it shows the meeting as it is.</param>
    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken cancellationToken, bool keepSchedule = false)
    {
        View = await queries.GetMeetingAsync(Actor, id, cancellationToken);
        if (!keepSchedule) Schedule = ScheduleInput.Of(View);
        return Page();
    }
}

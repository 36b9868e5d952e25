using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Staff;

/// <summary>
/// A version for staff: the text with a comment thread under each section, the leadership group's processing, the
/// background documents and freezing. The coordinator edits a draft; parties' representatives comment on it.
/// </summary>
public sealed class VersionModel(AgreementTextQueries queries, CommentOnSection comment, RecordLeadershipProcessing recordProcessing,
    SetBackgroundDocuments setDocuments, FreezeAgreementDraft freeze) : PerheverkkoPage
{
    public sealed class ProcessingInput
    {
        public Guid? MeetingId { get; set; }
        public DateOnly? Date { get; set; }
        public string? Note { get; set; }
    }

    public AgreementVersionView View { get; private set; } = null!;
    public ILookup<int, SectionCommentView> Comments { get; private set; } = Array.Empty<SectionCommentView>().ToLookup(c => c.SectionNumber);
    public IReadOnlyList<(Guid Id, DateTimeOffset StartsAt)> Meetings { get; private set; } = [];
    public string? Notice { get; private set; }
    /// <summary>Freezing asks first (the one confirm step, issue #13 item 3).</summary>
    public ConfirmStep? Confirmation { get; private set; }
    /// <summary>The section whose comment form was posted, so its errors show there.</summary>
    public int? CommentedSection { get; private set; }

    public sealed class CommentInput { public string? Body { get; set; } }

    [BindProperty] public CommentInput Comment { get; set; } = new();
    [BindProperty] public ProcessingInput Processing { get; set; } = new();
    [BindProperty] public string? Documents { get; set; }

    public bool IsDraft => View.Version.Status == AgreementStatus.Draft;
    public bool MayDraft => View.PermittedActions.Contains(nameof(StaffAction.DraftAgreement));
    public bool MayComment => View.PermittedActions.Contains(nameof(StaffAction.CommentOnAgreementDraft));

    public async Task<IActionResult> OnGetAsync(string period, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(period, cancellationToken)) return NotFound();
        Documents = string.Join('\n', View.BackgroundDocuments.Select(d => d.Url is null ? d.Title : $"{d.Title} | {d.Url}"));
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(string period, int number, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => comment.HandleAsync(Actor, period, number, new CommentOnSection.Request(Comment.Body), cancellationToken), "Comment");
        if (saved) return Redirect($"/staff/agreement/{period}?saved=comment#section-{number}");
        CommentedSection = number;
        return await ReloadAsync(period, cancellationToken);
    }

    public async Task<IActionResult> OnPostProcessingAsync(string period, CancellationToken cancellationToken)
    {
        var saved = await TryAsync(() => recordProcessing.HandleAsync(Actor, period,
            new RecordLeadershipProcessing.Request(Processing.MeetingId, Processing.Date, Processing.Note), cancellationToken), "Processing");
        if (saved) return Redirect($"/staff/agreement/{period}?saved=processing#processing");
        return await ReloadAsync(period, cancellationToken);
    }

    public async Task<IActionResult> OnPostDocumentsAsync(string period, CancellationToken cancellationToken)
    {
        var documents = (Documents ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new SetBackgroundDocuments.Document(parts[0], parts.Length > 1 ? parts[1] : null)).ToList();
        var saved = await TryAsync(() => setDocuments.HandleAsync(Actor, period, new SetBackgroundDocuments.Request(documents), cancellationToken), "Documents");
        if (saved) return Redirect($"/staff/agreement/{period}?saved=documents#background");
        // Field errors name one line (documents.2.url); on the form they belong to the one text area.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Documents.", StringComparison.Ordinal)).ToList())
        {
            foreach (var error in ModelState[key]!.Errors) ModelState.AddModelError(nameof(Documents), error.ErrorMessage);
            ModelState.Remove(key);
        }
        return await ReloadAsync(period, cancellationToken);
    }

    /// <summary>The first post asks to confirm what freezing does; the second, with <paramref name="confirmed"/>, freezes.</summary>
    public async Task<IActionResult> OnPostFreezeAsync(string period, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            if (!await LoadAsync(period, cancellationToken)) return NotFound();
            var version = View.Version;
            Confirmation = new ConfirmStep("Freeze", T["agreement.confirm_freeze", version.Period.Replace("-", "–")],
                [T["agreement.confirm_freeze_sections", version.SectionCount], T["agreement.confirm_freeze_hash"], T["agreement.confirm_freeze_comments"]],
                T["agreement.confirm_freeze_button"], $"/staff/agreement/{period}#freeze-heading");
            return Page();
        }
        var saved = await TryAsync(() => freeze.HandleAsync(Actor, period, cancellationToken), "Freeze");
        if (saved) return Redirect($"/staff/agreement/{period}?saved=frozen");
        return await ReloadAsync(period, cancellationToken);
    }

    private async Task<IActionResult> ReloadAsync(string period, CancellationToken cancellationToken) =>
        await LoadAsync(period, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(string period, CancellationToken cancellationToken)
    {
        try
        {
            View = await queries.VersionAsync(Actor, period, cancellationToken);
            Comments = (await queries.CommentsAsync(Actor, period, cancellationToken)).ToLookup(c => c.SectionNumber);
        }
        catch (NotFoundException) { return false; }
        if (MayDraft && IsDraft) Meetings = await queries.LeadershipMeetingsAsync(cancellationToken);
        Notice = Request.Query["saved"].ToString() switch
        {
            "comment" => T["agreement.comment_saved"],
            "processing" => T["agreement.processing_saved"],
            "documents" => T["agreement.documents_saved"],
            "frozen" => T["agreement.frozen_notice"],
            "section" => T["agreement.section_saved"],
            "removed" => T["agreement.section_removed"],
            _ => null,
        };
        return true;
    }
}

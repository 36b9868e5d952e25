using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Announcements.Staff;

/// <summary>Writes a new announcement (<c>/staff/announcements/new</c>) or changes one; withdrawing asks to confirm in a second step.</summary>
public sealed class EditModel(AnnouncementsQueries queries, SaveAnnouncement save, WithdrawAnnouncement withdraw, TimeProvider clock) : PerheverkkoPage
{
    public sealed class AnnouncementInput
    {
        public Guid? OrganisationId { get; set; }
        public Guid? MunicipalityId { get; set; }
        public LocalizedTextInput Title { get; set; } = new(null, null, null);
        public LocalizedTextInput Body { get; set; } = new(null, null, null);
        /// <summary>"Kind:id" of a directory item, or empty.</summary>
        public string? Link { get; set; }
        public DateOnly? PublishFromDate { get; set; }
        public TimeOnly? PublishFromTime { get; set; }
        public DateOnly? PublishUntilDate { get; set; }
        public TimeOnly? PublishUntilTime { get; set; }
    }

    [BindProperty] public AnnouncementInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [FromRoute] public Guid? Id { get; set; }
    /// <summary>The announcement being changed; null for a new one.</summary>
    public AnnouncementStaffView? View { get; private set; }
    public AnnouncementFormChoices Choices { get; private set; } = null!;
    /// <summary>The withdrawal waits for its second step.</summary>
    public bool ConfirmingWithdrawal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (View is { } v)
        {
            var from = HelsinkiTime.ToLocal(v.PublishFrom);
            var until = v.PublishUntil is { } u ? HelsinkiTime.ToLocal(u) : (DateTime?)null;
            Version = v.Version;
            Input = new AnnouncementInput
            {
                OrganisationId = v.OrganisationId, MunicipalityId = v.MunicipalityId, Title = LocalizedTextInput.From(v.Title), Body = LocalizedTextInput.From(v.Body),
                Link = v.LinkKind is { } k && v.LinkId is { } l ? $"{k}:{l}" : null,
                PublishFromDate = DateOnly.FromDateTime(from), PublishFromTime = TimeOnly.FromDateTime(from),
                PublishUntilDate = until is { } ud ? DateOnly.FromDateTime(ud) : null, PublishUntilTime = until is { } ut ? TimeOnly.FromDateTime(ut) : null,
            };
        }
        else
        {
            Input.PublishFromDate = HelsinkiTime.Today(clock);
            Input.OrganisationId = Choices.Organisations.FirstOrDefault(o => o.Id == Actor?.OrganisationId)?.Id ?? Choices.Organisations.FirstOrDefault()?.Id;
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var (kind, linkId) = DirectoryLink.Parse(Input.Link);
        var request = new SaveAnnouncement.Request(Input.OrganisationId, Input.MunicipalityId, Input.Title, Input.Body, kind, linkId,
            Input.PublishFromDate, Input.PublishFromTime, Input.PublishUntilDate, Input.PublishUntilTime, Id is null ? null : Version);
        Guid saved = default;
        if (await TryAsync(async () => saved = await save.HandleAsync(Actor, Id, request, cancellationToken)))
            return Redirect($"/staff/announcements/{saved}?done=saved");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (View is null) return NotFound();
        if (!Confirm)
        {
            // The first step only asks: nothing is withdrawn until the second.
            ConfirmingWithdrawal = true;
            await OnGetAsync(cancellationToken);
            return Page();
        }
        if (await TryAsync(() => withdraw.HandleAsync(Actor, View.Id, new WithdrawAnnouncement.Request(Version), cancellationToken), "Withdraw"))
            return Redirect($"/staff/announcements/{View.Id}?done=withdrawn");
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        View = Id is { } id ? await queries.StaffViewAsync(Actor, id, cancellationToken) : null;
        Choices = await queries.FormChoicesAsync(Actor, null, cancellationToken);
    }
}

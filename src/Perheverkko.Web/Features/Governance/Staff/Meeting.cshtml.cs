using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

/// <summary>A meeting with its agenda; the preparers add items, send the invitations and cancel here.</summary>
public sealed class MeetingModel(GovernanceQueries queries, AddAgendaItem addItem, SendInvitations send, CancelMeeting cancel) : PerheverkkoPage
{
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

    public bool MayPrepare => View.PermittedActions.Contains(nameof(StaffAction.PrepareMeeting));

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
}

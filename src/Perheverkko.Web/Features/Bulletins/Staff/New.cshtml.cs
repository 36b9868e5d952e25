using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Bulletins.Staff;

/// <summary>
/// Writing a bulletin (issue #18 item 2). The first step saves the draft and shows how many people it would reach;
/// sending is the second step, in the same form, so nothing typed is lost and no script is needed.
/// </summary>
public sealed class NewModel(BulletinsQueries queries, SaveBulletin save, SendBulletin send) : PerheverkkoPage
{
    /// <summary>The kinds offered as checkboxes; a group, or one Perheneuvo team instead of all, is chosen from a list.</summary>
    public static readonly BulletinAudienceKind[] CheckboxKinds =
    [
        BulletinAudienceKind.PartyStaff, BulletinAudienceKind.PartyContacts, BulletinAudienceKind.ContactPersons,
        BulletinAudienceKind.Signatories, BulletinAudienceKind.CommunicationOwners, BulletinAudienceKind.AdviceTeams,
    ];

    public sealed class BulletinInput
    {
        public Guid? Id { get; set; }
        public int? Version { get; set; }
        public LocalizedTextInput Subject { get; set; } = new(null, null, null);
        public LocalizedTextInput Body { get; set; } = new(null, null, null);
        public bool Optional { get; set; }
        public List<BulletinAudienceKind> Kinds { get; set; } = [];
        public Guid? GroupId { get; set; }
        public Guid? TeamId { get; set; }

        /// <remarks>Every team (the checkbox) already holds any one team, so a chosen team counts only without it.</remarks>
        public List<BulletinAudience> Audiences() =>
            [.. Kinds.Where(k => k != BulletinAudienceKind.GroupMembers).Distinct().Select(k => new BulletinAudience(k)),
             .. GroupId is { } group ? [new BulletinAudience(BulletinAudienceKind.GroupMembers, group)] : Array.Empty<BulletinAudience>(),
             .. TeamId is { } team && !Kinds.Contains(BulletinAudienceKind.AdviceTeams)
                 ? [new BulletinAudience(BulletinAudienceKind.AdviceTeams, team)] : Array.Empty<BulletinAudience>()];
    }

    [BindProperty] public BulletinInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid? Draft { get; set; }
    public BulletinEditorView Editor { get; private set; } = null!;
    /// <summary>After the first step: how many people the saved draft reaches, and the button to send it.</summary>
    public int? Recipients { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Editor = await queries.EditorAsync(Actor, cancellationToken);
        if (Draft is { } id)
        {
            var draft = await queries.BulletinAsync(Actor, id, cancellationToken);
            if (draft.State != BulletinState.Draft) return Redirect($"/staff/bulletins/{id}");
            Input = new BulletinInput
            {
                Id = draft.Id, Version = draft.Version, Subject = LocalizedTextInput.From(draft.Subject), Body = LocalizedTextInput.From(draft.Body),
                Optional = draft.Optional, Kinds = draft.Audiences.Where(a => a.Id is null).Select(a => a.Kind).ToList(),
                GroupId = draft.Audiences.FirstOrDefault(a => a.Kind == BulletinAudienceKind.GroupMembers)?.Id,
                TeamId = draft.Audiences.FirstOrDefault(a => a.Kind == BulletinAudienceKind.AdviceTeams && a.Id is not null)?.Id,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Editor = await queries.EditorAsync(Actor, cancellationToken);
        await SaveAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        Editor = await queries.EditorAsync(Actor, cancellationToken);
        // Without a saved draft there was no first step: show the count before anything is sent.
        var confirmed = Input.Id is not null;
        if (!await SaveAsync(cancellationToken) || !confirmed) return Page();
        var id = Input.Id!.Value;
        if (await TryAsync(() => send.HandleAsync(Actor, id, cancellationToken)))
            return Redirect($"/staff/bulletins/{id}?sent=true");
        Recipients = null;
        return Page();
    }

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        SaveBulletin.Saved? saved = null;
        var ok = await TryAsync(async () => saved = await save.HandleAsync(Actor, Input.Id,
            new SaveBulletin.Request(Input.Subject, Input.Body, Input.Optional, Input.Audiences(), Input.Version), cancellationToken));
        if (saved is not null)
        {
            Input.Id = saved.Id;
            Input.Version = saved.Version;
            Recipients = saved.Recipients;
        }
        return ok;
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Staff;

/// <summary>
/// An organisation for staff: its contact persons (an audited read), and, where permitted, editing. A successful
/// save redirects back here (post/redirect/get), so reloading never sends a form again; a refused one shows the
/// form with its messages and what was typed.
/// </summary>
public sealed class DetailsModel(OrganisationQueries queries, UpdateOrganisation update, AddContactPerson addContact,
    RemoveContactPerson removeContact, Governance.DecisionPackageQueries packageQueries, Governance.RecordOrganHandling recordHandling) : PerheverkkoPage
{
    /// <summary>How the organisation's own organ handled one package for the parties' decision-making.</summary>
    public sealed class HandlingInput
    {
        public Guid ItemId { get; set; }
        public DateOnly? HandledOn { get; set; }
        public string? Reference { get; set; }
    }

    public sealed class EditInput
    {
        public int? Version { get; set; }
        public OrganisationKind? Kind { get; set; }
        public LocalizedTextInput Name { get; set; } = new(null, null, null);
        public string? BusinessId { get; set; }
    }

    public sealed class ContactInput
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public ContactRole? Role { get; set; }
        public string? Title { get; set; }
    }

    public StaffOrganisationView View { get; private set; } = null!;
    [TempData] public string? Notice { get; set; }
    [BindProperty] public EditInput Input { get; set; } = new();
    [BindProperty] public ContactInput Contact { get; set; } = new();
    [BindProperty] public HandlingInput Handling { get; set; } = new();
    public Governance.OrganisationPackagesView Packages { get; private set; } = null!;

    public bool MayEdit => View.PermittedActions.Contains(nameof(StaffAction.EditOrganisation));
    public bool MayManageContacts => View.PermittedActions.Contains(nameof(StaffAction.ManageContactPersons));

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FillEditForm();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => update.HandleAsync(Actor, id,
                new UpdateOrganisation.Request(Input.Version, Input.Kind, Input.Name, Input.BusinessId), cancellationToken)))
            return Saved(id, "organisation.saved");
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddContactAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => addContact.HandleAsync(Actor, id,
                new AddContactPerson.Request(Contact.Name, Contact.Email, Contact.Role, Contact.Title), cancellationToken), "Contact"))
            return Saved(id, "contact.added");
        await LoadAsync(id, cancellationToken);
        FillEditForm();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => removeContact.HandleAsync(Actor, id, personId, cancellationToken))) return Saved(id, "contact.removed");
        await LoadAsync(id, cancellationToken);
        FillEditForm();
        return Page();
    }

    private RedirectToPageResult Saved(Guid id, string noticeKey)
    {
        Notice = T[noticeKey];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostHandlingAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => recordHandling.HandleAsync(Actor, id, Handling.ItemId,
                new Governance.RecordOrganHandling.Request(Handling.HandledOn, Handling.Reference), cancellationToken), "Handling"))
            return Saved(id, "package.saved");
        await LoadAsync(id, cancellationToken);
        FillEditForm();
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        View = await queries.GetForStaffAsync(Actor, id, cancellationToken);
        Packages = await packageQueries.ForOrganisationAsync(Actor, id, cancellationToken);
    }

    private void FillEditForm()
    {
        var o = View.Organisation;
        Input = new EditInput { Version = View.Version, Kind = o.Kind, Name = LocalizedTextInput.From(o.Name), BusinessId = o.BusinessId };
    }
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice.Staff;

/// <summary>Record a contact that came by phone or at a meeting place, so it is in the same queue and measured.</summary>
public sealed class NewContactModel(FamilyAdviceQueries queries, RecordContact record) : PerheverkkoPage
{
    public sealed class ContactInput
    {
        public ContactChannel? Channel { get; set; } = ContactChannel.Phone;
        public Guid? MunicipalityId { get; set; }
        public Guid? TopicId { get; set; }
        public string? Summary { get; set; }
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public bool CallBack { get; set; }
        public string? CallWindow { get; set; }
    }

    [BindProperty] public ContactInput Input { get; set; } = new();
    public IReadOnlyList<MunicipalityChoice> Municipalities { get; private set; } = [];
    public IReadOnlyList<TopicView> Topics { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = Guid.Empty;
        if (await TryAsync(async () => id = await record.HandleAsync(Actor, new RecordContact.Request(Input.Channel, Input.MunicipalityId, Input.TopicId,
                Input.Summary, Input.Name, Input.Phone, Input.CallBack, Input.CallWindow), cancellationToken)))
            return Redirect($"/staff/perheneuvo/{id}");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        (Municipalities, Topics) = await queries.RecordChoicesAsync(Actor, cancellationToken);
}

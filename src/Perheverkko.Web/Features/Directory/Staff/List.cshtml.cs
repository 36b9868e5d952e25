using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>
/// The directory entries the signed-in person may edit, drafts first, with the ways to add new ones. Each row says where
/// (municipality, place) and, for an activity, when it next meets; the list is narrowed by type, municipality, state and
/// words of the name, and paged at fifty, all by GET addresses (issue #13 item 4). A published activity whose people's
/// requirements have lapsed is marked (it stays published; issue #16).
/// </summary>
public sealed class ListModel(DirectoryQueries queries, ActivityPeopleQueries people) : PerheverkkoPage
{
    public static readonly string[] Types = [DirectorySearchDocuments.ActivityKind, DirectorySearchDocuments.ServiceKind, DirectorySearchDocuments.MeetingPlaceKind];

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public PublicationState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public StaffEntryPage Entries { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyList<NamedRef> Municipalities { get; private set; } = [];
    public IReadOnlySet<Guid> Lapsed { get; private set; } = new HashSet<Guid>();
    public bool Filtered => !string.IsNullOrEmpty(Type) || !string.IsNullOrEmpty(Municipality) || State is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A type that is not one of the three is no filter at all, as in the public search's address.
        if (Type is not null && !Types.Contains(Type)) Type = null;
        // Read from the query itself: "page" is also Razor Pages' own route value (the page's path). Not a number: the first page.
        var page = int.TryParse(Request.Query["page"].FirstOrDefault(), out var number) ? number : 1;
        Entries = await queries.EditablePageAsync(Actor, new StaffListFilter(Type, Municipality, State, Q, page), cancellationToken);
        Municipalities = await queries.MunicipalitiesAsync(cancellationToken);
        Lapsed = await people.LapsedAsync(Entries.Items.Where(e => e.Type == DirectorySearchDocuments.ActivityKind && e.State == PublicationState.Published)
            .Select(e => e.Id).ToList(), cancellationToken);
    }

    /// <summary>The same filters on another page.</summary>
    public string PageLink(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return "/staff/directory?" + string.Join('&', query.Append($"page={page}"));
    }

    public static string EditPath(StaffEntry e) => e.Type switch
    {
        DirectorySearchDocuments.ActivityKind => $"/staff/directory/activities/{e.Id}",
        DirectorySearchDocuments.ServiceKind => $"/staff/directory/services/{e.Id}",
        _ => $"/staff/directory/places/{e.Id}",
    };
}

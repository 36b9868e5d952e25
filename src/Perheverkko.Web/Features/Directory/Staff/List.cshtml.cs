using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>
/// The directory entries the signed-in person may edit, drafts first, with the ways to add new ones. A published activity
/// whose people's requirements have lapsed is marked (it stays published; issue #16).
/// </summary>
public sealed class ListModel(DirectoryQueries queries, ActivityPeopleQueries people) : PerheverkkoPage
{
    public IReadOnlyList<StaffEntry> Entries { get; private set; } = [];
    public IReadOnlySet<Guid> Lapsed { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await queries.EditableAsync(Actor, cancellationToken);
        Lapsed = await people.LapsedAsync(Entries.Where(e => e.Type == DirectorySearchDocuments.ActivityKind && e.State == PublicationState.Published)
            .Select(e => e.Id).ToList(), cancellationToken);
    }

    public static string EditPath(StaffEntry e) => e.Type switch
    {
        DirectorySearchDocuments.ActivityKind => $"/staff/directory/activities/{e.Id}",
        DirectorySearchDocuments.ServiceKind => $"/staff/directory/services/{e.Id}",
        _ => $"/staff/directory/places/{e.Id}",
    };
}

using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>The directory entries the signed-in person may edit, drafts first, with the ways to add new ones.</summary>
public sealed class ListModel(DirectoryQueries queries) : PerheverkkoPage
{
    public IReadOnlyList<StaffEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await queries.EditableAsync(Actor, cancellationToken);

    public static string EditPath(StaffEntry e) => e.Type switch
    {
        DirectorySearchDocuments.ActivityKind => $"/staff/directory/activities/{e.Id}",
        DirectorySearchDocuments.ServiceKind => $"/staff/directory/services/{e.Id}",
        _ => $"/staff/directory/places/{e.Id}",
    };
}

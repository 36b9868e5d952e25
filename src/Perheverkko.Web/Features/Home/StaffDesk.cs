using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Home;

/// <summary>
/// One kind of thing that waits for the signed-in person on the staff desk (<c>/staff</c>): its heading, how many there
/// are, the screen that lists them all, and each of them with a link to the screen where it is done.
/// </summary>
/// <param name="TextKey">The heading's text key; its text takes the count as <c>{0}</c>.</param>
/// <param name="Link">The screen that lists them all (where the work is done when there is no screen per object).</param>
public sealed record StaffDeskItem(string TextKey, int Count, string Link, IReadOnlyList<StaffDeskEntry> Entries);

/// <param name="Name">The object's name as the reader knows it (a meeting's group and date, an activity's name).</param>
/// <param name="Note">What is owed on it, already in the reader's language, or null.</param>
public sealed record StaffDeskEntry(string Name, string Link, string? Note = null);

/// <summary>
/// A feature's contribution to the staff desk: what this person, or their organisation, owes in the feature — only in
/// their own region and only what they may do. Each feature has one small source in its own folder; they are found by
/// this interface (AppSetup), so a new kind of item is a new file and the desk itself does not change.
/// </summary>
public interface IStaffDeskSource
{
    /// <summary>Nothing to report is an empty list (or items whose count is 0, which the desk leaves out).</summary>
    Task<IReadOnlyList<StaffDeskItem>> ItemsAsync(Actor actor, CancellationToken cancellationToken);
}

/// <summary>The staff desk: every source's items for the signed-in person, in the order the sources were registered.</summary>
public sealed class StaffDeskQueries(IEnumerable<IStaffDeskSource> sources)
{
    /// <summary>
    /// A national administrator owes nothing of a region's, and without a sign-in there is nobody to owe: both get an
    /// empty desk. The sources share one database context, so they are asked one after another.
    /// </summary>
    public async Task<IReadOnlyList<StaffDeskItem>> DeskAsync(Actor? actor, CancellationToken cancellationToken)
    {
        if (actor?.UserId is null || actor.RegionId is null) return [];
        var items = new List<StaffDeskItem>();
        foreach (var source in sources)
            items.AddRange((await source.ItemsAsync(actor, cancellationToken)).Where(i => i.Count > 0));
        return items;
    }
}

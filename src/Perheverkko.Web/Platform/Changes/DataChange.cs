using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perheverkko.Web.Platform.Changes;

/// <summary>
/// One recorded change of the data that app instances keep in memory (the directory's search catalogue, the public
/// pages' output cache). Written in the same transaction as the change itself, so an instance that reads the row can
/// read the change; every instance reads the rows after the last one it has seen (<see cref="ChangeFeed"/>).
/// Decision 0042.
/// </summary>
public sealed class DataChange
{
    private DataChange() { }

    public DataChange(string topic, Guid? itemId, DateTime recordedAt)
    {
        Topic = topic;
        ItemId = itemId;
        RecordedAt = recordedAt;
    }

    /// <summary>Increasing in the order the rows were written (not always the order they were committed: see <see cref="ChangeFeed"/>).</summary>
    public long Id { get; private set; }

    /// <summary>What changed: an entity's type name ("Activity", "Municipality") or a topic of raw writes ("search").</summary>
    public string Topic { get; private set; } = "";

    /// <summary>The changed item's id; null when many or all items of the topic changed.</summary>
    public Guid? ItemId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    /// <summary>The topic of rows the search index writes itself, outside EF Core's change tracking.</summary>
    public const string SearchTopic = "search";

    /// <summary>
    /// At most this many rows of one topic per save; more become one row for the whole topic, which makes a reader load
    /// everything again (in the background). A bulk load's batches (a few thousand) stay item by item: found at once.
    /// </summary>
    public const int MostItemsPerTopic = 5_000;

    /// <summary>
    /// The rows one save adds for the entities it changes. Only the features' data: the platform's bookkeeping
    /// (audit, outbox, jobs, keys, accounts, these rows) is read by no cache. Owned parts count as their owner.
    /// </summary>
    public static IReadOnlyList<DataChange> For(ChangeTracker tracker, DateTime now)
    {
        var changed = new HashSet<(string Topic, Guid? Id)>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var type = entry.Metadata.ClrType;
            if (type.Namespace?.StartsWith("Perheverkko.Web.Features", StringComparison.Ordinal) != true) continue;
            var key = entry.Metadata.FindPrimaryKey()?.Properties;
            Guid? id = key is [{ ClrType: var keyType } property] && keyType == typeof(Guid) ? (Guid?)entry.Property(property.Name).CurrentValue : null;
            changed.Add((type.Name, id));
        }
        return changed.GroupBy(c => c.Topic, StringComparer.Ordinal)
            .SelectMany(g => g.Count() > MostItemsPerTopic || g.Any(c => c.Id is null) ? [new DataChange(g.Key, null, now)] : g.Select(c => new DataChange(g.Key, c.Id, now)))
            .ToList();
    }
}

public sealed class DataChangeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public void Configure(EntityTypeBuilder<DataChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Topic).HasMaxLength(100);
        builder.HasIndex(c => c.RecordedAt);
    }
}

/// <summary>
/// The machine's time, for the change feed's bookkeeping only: its rows are pruned by age and its missing ids awaited
/// for seconds of real time, whatever the app's clock says (tests move that clock by years; business time never
/// comes from here).
/// </summary>
public static class MachineTime
{
    public static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;
}

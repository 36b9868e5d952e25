using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// Where the index gets every item of one kind again: a feature that indexes items (the directory's activities,
/// services, meeting places) implements this for each kind; implementations in the app are registered by convention.
/// </summary>
public interface ISearchSource
{
    /// <summary>The kind of the documents this source gives, as in <see cref="SearchDocument.Kind"/>.</summary>
    string Kind { get; }

    /// <summary>Every item of the kind that should be findable now (published ones), as the feature indexes it.</summary>
    IAsyncEnumerable<SearchDocument> DocumentsAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Builds the index again from the <see cref="ISearchSource"/>s: on demand (<c>search reindex</c> on the command line),
/// and as a scheduled job when rows were analysed by another analyser than this process's (Voikko installed or
/// removed since they were written), which would otherwise no longer be found.
/// </summary>
public sealed class SearchReindex(PlatformDb db, SearchIndex index, IEnumerable<ISearchSource> sources, ILogger<SearchReindex> logger) : IScheduledJob
{
    public string Name => "search-reindex";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    async Task IScheduledJob.RunAsync(CancellationToken cancellationToken)
    {
        var stale = await index.CountStaleAsync(cancellationToken);
        if (stale == 0) return;
        logger.LogWarning("{Stale} search index rows were analysed otherwise than with {Analyser}; reindexing", stale, index.Analyser.Description);
        await RunAsync(cancellationToken);
    }

    /// <summary>Each kind in one transaction: its old rows go and its current documents come, so a search never sees it half done.</summary>
    /// <returns>How many documents were indexed.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var source in sources)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await index.RemoveKindAsync(source.Kind, cancellationToken);
            var batch = new List<SearchDocument>(SearchIndex.UpsertBatch);
            await foreach (var document in source.DocumentsAsync(cancellationToken))
            {
                if (document.Kind != source.Kind) throw new InvalidOperationException($"The search source of {source.Kind} gave a document of kind {document.Kind}.");
                batch.Add(document);
                total++;
                if (batch.Count == SearchIndex.UpsertBatch)
                {
                    await index.UpsertManyAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }
            await index.UpsertManyAsync(batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        logger.LogInformation("Search index rebuilt: {Count} documents analysed with {Analyser}", total, index.Analyser.Description);
        return total;
    }
}

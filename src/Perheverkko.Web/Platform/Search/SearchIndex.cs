using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Platform.Search;

/// <summary>One text of an indexed item and the language it is written in ("fi", "sv" or "en").</summary>
public sealed record SearchText(string Text, string Language);

/// <summary>
/// What the index knows of one item: its kind (for example "activity", "service", "meeting_place"), its id,
/// its names (a match there ranks first) and its other texts (descriptions, place and municipality names, topics).
/// </summary>
public sealed record SearchDocument(string Kind, Guid ItemId, IReadOnlyList<SearchText> Names, IReadOnlyList<SearchText> Texts);

/// <summary>An item that matches a query; <see cref="NameMatch"/> when every query term is found in its names.</summary>
public sealed record SearchHit(string Kind, Guid ItemId, bool NameMatch, double Score);

/// <summary>
/// The full-text index of the public directory. Texts are analysed in the application (base forms and compound
/// parts of Finnish words, Swedish and English stems) both when indexed and when queried, so SQLite and
/// PostgreSQL find the same items.
/// CONTRACT (the directory feature codes against this; the search work fills it in):
/// - <see cref="UpsertAsync"/> and <see cref="RemoveAsync"/> run at once on the context's connection and take part
///   in the context's current transaction when one is open, so a use case that wants the item and its index row
///   to commit together opens one around SaveChangesAsync and the upsert.
/// - <see cref="FindAsync"/> returns hits best first; an empty or meaningless query returns no hits, never throws.
/// </summary>
public sealed class SearchIndex(PerheverkkoDb db)
{
    public Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(string kind, Guid itemId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <param name="kinds">Only items of these kinds; null for all.</param>
    public Task<IReadOnlyList<SearchHit>> FindAsync(string query, IReadOnlyCollection<string>? kinds, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchHit>>([]);

    internal PerheverkkoDb Db => db;
}

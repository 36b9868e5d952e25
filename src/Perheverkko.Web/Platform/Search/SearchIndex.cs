using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
/// <param name="Score">Higher is better; comparable only between hits of one query on one database.</param>
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
/// How it is stored (outside the EF Core model, made by the SearchIndex migration): docs/search.md.
/// </summary>
public sealed class SearchIndex(PlatformDb db, TextAnalyser analyser)
{
    /// <summary>Hits are ordered name matches first, then by relevance: a name term weighs this much more than a text term.</summary>
    public const double NameWeight = 10.0;

    /// <summary>The most hits one query returns, whatever limit is asked.</summary>
    public const int MostHits = 1000;

    /// <summary>
    /// A query with up to this many matches is ranked by relevance. One with more (a common word across a national
    /// directory: "perhekerho" matches 32,000 generated items) gives its name matches first and the rest after them,
    /// each in a fixed order, unscored: scoring every match was most of such a search's cost (bench/README.md) and
    /// orders thousands of equally named items in no way a person would notice.
    /// </summary>
    public const int MostRanked = 5000;

    public SearchIndex(PlatformDb db) : this(db, TextAnalyser.Shared) { }

    /// <summary>ts_rank's weights of D, C, B (other texts) and A (names): a name term weighs <see cref="NameWeight"/> times a text term.</summary>
    private static readonly string RankWeights = FormattableString.Invariant($"{{0.1, 0.1, {1 / NameWeight}, 1.0}}");

    public TextAnalyser Analyser => analyser;

    private bool IsPostgres => db.Database.IsNpgsql();

    /// <summary>The most documents <see cref="UpsertManyAsync"/> writes in one PostgreSQL statement (four parameters each).</summary>
    public const int UpsertBatch = 500;

    public Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return UpsertManyAsync([document], cancellationToken);
    }

    /// <summary>
    /// Writes the documents' rows; when one item comes twice, its last document counts. On PostgreSQL a batch goes in
    /// one statement (a round trip to the server each); on SQLite, which runs in the process, one item at a time.
    /// </summary>
    public async Task UpsertManyAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var latest = documents.GroupBy(d => (d.Kind, d.ItemId)).Select(g => g.Last()).ToList();
        if (IsPostgres)
            foreach (var batch in latest.Chunk(UpsertBatch))
                await ExecuteAsync($"""
                    INSERT INTO search_index (kind, item_id, analysis, document) VALUES
                    {string.Join(",\n", batch.Select((_, i) => FormattableString.Invariant($"(@kind{i}, @item{i}, @analysis, CAST(@document{i} AS tsvector))")))}
                    ON CONFLICT (kind, item_id) DO UPDATE SET analysis = EXCLUDED.analysis, document = EXCLUDED.document;
                    """, cancellationToken, command =>
                {
                    Add(command, "analysis", analyser.Analysis);
                    for (var i = 0; i < batch.Length; i++)
                    {
                        var (names, texts) = Analyse(batch[i]);
                        AddKey(command, batch[i].Kind, batch[i].ItemId, FormattableString.Invariant($"{i}"));
                        Add(command, FormattableString.Invariant($"document{i}"), TsVector(names, texts));
                    }
                });
        else
            foreach (var document in latest)
                await ExecuteAsync("""
                    INSERT INTO search_items (kind, item_id, analysis) VALUES (@kind, @item, @analysis)
                      ON CONFLICT (kind, item_id) DO UPDATE SET analysis = excluded.analysis;
                    DELETE FROM search_terms WHERE rowid = (SELECT id FROM search_items WHERE kind = @kind AND item_id = @item);
                    INSERT INTO search_terms (rowid, names, texts) SELECT id, @names, @texts FROM search_items WHERE kind = @kind AND item_id = @item;
                    """, cancellationToken, command =>
                {
                    var (names, texts) = Analyse(document);
                    AddKey(command, document.Kind, document.ItemId);
                    Add(command, "analysis", analyser.Analysis);
                    Add(command, "names", string.Join(' ', names));
                    Add(command, "texts", string.Join(' ', texts));
                });
    }

    private (List<string> Names, List<string> Texts) Analyse(SearchDocument document) =>
        (document.Names.SelectMany(t => analyser.Terms(t.Text, t.Language)).ToList(),
         document.Texts.SelectMany(t => analyser.Terms(t.Text, t.Language)).ToList());

    public async Task RemoveAsync(string kind, Guid itemId, CancellationToken cancellationToken)
    {
        var sql = IsPostgres
            ? "DELETE FROM search_index WHERE kind = @kind AND item_id = @item;"
            : """
              DELETE FROM search_terms WHERE rowid = (SELECT id FROM search_items WHERE kind = @kind AND item_id = @item);
              DELETE FROM search_items WHERE kind = @kind AND item_id = @item;
              """;
        await ExecuteAsync(sql, cancellationToken, command => AddKey(command, kind, itemId));
    }

    /// <summary>Removes every item of one kind (before <see cref="SearchReindex"/> writes them again).</summary>
    public async Task RemoveKindAsync(string kind, CancellationToken cancellationToken)
    {
        var sql = IsPostgres
            ? "DELETE FROM search_index WHERE kind = @kind;"
            : "DELETE FROM search_terms WHERE rowid IN (SELECT id FROM search_items WHERE kind = @kind); DELETE FROM search_items WHERE kind = @kind;";
        await ExecuteAsync(sql, cancellationToken, command => Add(command, "kind", kind));
    }

    /// <param name="kinds">Only items of these kinds; null for all.</param>
    /// <param name="within">
    /// Only these items; null for all. A caller that filters the hits (a municipality, an organisation) names the items
    /// that pass its filter here, so the best <paramref name="limit"/> are chosen among them: filtering the best of
    /// all afterwards would lose an item that is not among the best nationally.
    /// </param>
    public async Task<IReadOnlyList<SearchHit>> FindAsync(string query, IReadOnlyCollection<string>? kinds, int limit, CancellationToken cancellationToken,
        IReadOnlyCollection<Guid>? within = null)
    {
        var analysed = analyser.Query(query);
        if (analysed.IsEmpty || limit <= 0 || kinds is { Count: 0 } || within is { Count: 0 }) return [];
        var kindList = kinds?.Distinct().ToList();
        var filters = kindList is null ? "" : $" AND {(IsPostgres ? "kind" : "i.kind")} IN ({string.Join(", ", kindList.Select((_, i) => "@k" + i))})";
        if (within is not null)
            filters += IsPostgres ? " AND item_id = ANY(@within)" : " AND i.item_id IN (SELECT value FROM json_each(@within))";
        void Parameters(DbCommand command)
        {
            Add(command, "query", IsPostgres ? analysed.ToTsQuery() : analysed.ToFts5());
            Add(command, "names", IsPostgres ? analysed.ToTsQuery('A') : analysed.ToFts5("names"));
            Add(command, "limit", Math.Min(limit, MostHits));
            Add(command, "most_ranked", MostRanked);
            for (var i = 0; kindList is not null && i < kindList.Count; i++) Add(command, "k" + i, kindList[i]);
            if (within is not null)
                Add(command, "within", IsPostgres ? within.Distinct().ToArray() : System.Text.Json.JsonSerializer.Serialize(within.Select(id => id.ToString("D"))));
        }

        // Counting stops one past the ranking limit, so it costs little even for a word every item has.
        var matches = 0;
        await ExecuteAsync(IsPostgres
            ? $"SELECT COUNT(*) FROM (SELECT 1 FROM search_index, CAST(@query AS tsquery) AS q WHERE document @@ q{filters} LIMIT @most_ranked + 1) AS m"
            : $"SELECT COUNT(*) FROM (SELECT 1 FROM search_terms JOIN search_items AS i ON i.id = search_terms.rowid WHERE search_terms MATCH @query{filters} LIMIT @most_ranked + 1)",
            cancellationToken, Parameters,
            async reader => { if (await reader.ReadAsync(cancellationToken)) matches = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture); });
        if (matches == 0) return [];
        var ranked = matches <= MostRanked;
        var sql = IsPostgres
            ? $"""
               SELECT kind, item_id, {(ranked ? $"ts_rank('{RankWeights}', document, q)" : "0.0")} AS score, document @@ nq AS name_match
               FROM search_index, CAST(@query AS tsquery) AS q, CAST(@names AS tsquery) AS nq
               WHERE document @@ q{filters}
               ORDER BY name_match DESC, score DESC, kind, item_id
               LIMIT @limit
               """
            : $"""
               SELECT i.kind, i.item_id, {(ranked ? $"-bm25(search_terms, {NameWeight.ToString(CultureInfo.InvariantCulture)}, 1.0)" : "0.0")} AS score,
                      i.id IN (SELECT rowid FROM search_terms WHERE search_terms MATCH @names) AS name_match
               FROM search_terms JOIN search_items AS i ON i.id = search_terms.rowid
               WHERE search_terms MATCH @query{filters}
               ORDER BY name_match DESC, score DESC, i.kind, i.item_id
               LIMIT @limit
               """;
        var hits = new List<SearchHit>();
        await ExecuteAsync(sql, cancellationToken, Parameters, async reader =>
        {
            while (await reader.ReadAsync(cancellationToken))
                hits.Add(new SearchHit(reader.GetString(0), ReadGuid(reader, 1), Convert.ToBoolean(reader.GetValue(3), CultureInfo.InvariantCulture),
                    Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture)));
        });
        return hits;
    }

    /// <summary>
    /// The stored terms of every item of the kinds (or of the given items only), with how often each occurs in names and
    /// in other texts: what an in-memory index (<see cref="TermIndex"/>) is loaded from without analysing anything again.
    /// </summary>
    /// <param name="each">Called with each item's kind, id and terms as they are read (a national index is not held twice).</param>
    public async Task ReadTermsAsync(IReadOnlyCollection<string> kinds, IReadOnlyCollection<Guid>? items, Action<string, Guid, List<TermCount>> each,
        CancellationToken cancellationToken)
    {
        if (kinds.Count == 0 || items is { Count: 0 }) return;
        var kindList = kinds.Distinct().ToList();
        var filter = $"{(IsPostgres ? "kind" : "i.kind")} IN ({string.Join(", ", kindList.Select((_, i) => "@k" + i))})";
        if (items is not null)
            filter += IsPostgres ? " AND item_id = ANY(@items)" : " AND i.item_id IN (SELECT value FROM json_each(@items))";
        var sql = IsPostgres
            ? $"SELECT kind, item_id, document::text FROM search_index WHERE {filter}"
            : $"SELECT i.kind, i.item_id, t.names, t.texts FROM search_items AS i JOIN search_terms AS t ON t.rowid = i.id WHERE {filter}";
        await ExecuteAsync(sql, cancellationToken, command =>
        {
            for (var i = 0; i < kindList.Count; i++) Add(command, "k" + i, kindList[i]);
            if (items is not null)
                Add(command, "items", IsPostgres ? items.Distinct().ToArray() : System.Text.Json.JsonSerializer.Serialize(items.Select(id => id.ToString("D"))));
        }, async reader =>
        {
            while (await reader.ReadAsync(cancellationToken))
                each(reader.GetString(0), ReadGuid(reader, 1), IsPostgres
                    ? CountTsVector(reader.GetString(2))
                    : Count(reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries), reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        });
    }

    private static List<TermCount> Count(IEnumerable<string> names, IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, (int Names, int Texts)>(StringComparer.Ordinal);
        foreach (var term in names) counts[term] = (counts.GetValueOrDefault(term).Names + 1, counts.GetValueOrDefault(term).Texts);
        foreach (var term in texts) counts[term] = (counts.GetValueOrDefault(term).Names, counts.GetValueOrDefault(term).Texts + 1);
        return counts.Select(c => new TermCount(c.Key, (byte)Math.Min(c.Value.Names, 255), (byte)Math.Min(c.Value.Texts, 255))).ToList();
    }

    /// <summary>
    /// Counts a tsvector's text form (<c>'kerho':1A,7B 'perhe':2B</c>): one position per occurrence, A for names, B
    /// for other texts, as <see cref="TsVector"/> wrote them. Terms hold letters and digits only, so no quote is inside one.
    /// </summary>
    internal static List<TermCount> CountTsVector(string document)
    {
        var terms = new List<TermCount>();
        var i = 0;
        while ((i = document.IndexOf('\'', i)) >= 0)
        {
            var end = document.IndexOf('\'', i + 1);
            while (end + 1 < document.Length && document[end + 1] == '\'') end = document.IndexOf('\'', end + 2);
            var term = document[(i + 1)..end].Replace("''", "'", StringComparison.Ordinal);
            int names = 0, texts = 0;
            var at = end + 1;
            if (at < document.Length && document[at] == ':')
            {
                at++;
                while (at < document.Length && document[at] != ' ')
                {
                    if (document[at] == 'A') names++;
                    else if (document[at] == 'B') texts++;
                    at++;
                }
            }
            terms.Add(new TermCount(term, (byte)Math.Min(names, 255), (byte)Math.Min(texts, 255)));
            i = at;
        }
        return terms;
    }

    /// <summary>How many indexed items were analysed otherwise than this process analyses (Voikko came or went): they need reindexing.</summary>
    public async Task<int> CountStaleAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await ExecuteAsync($"SELECT COUNT(*) FROM {(IsPostgres ? "search_index" : "search_items")} WHERE analysis <> @analysis;", cancellationToken,
            command => Add(command, "analysis", analyser.Analysis),
            async reader => { if (await reader.ReadAsync(cancellationToken)) count = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture); });
        return count;
    }

    /// <summary>
    /// A tsvector literal of the analysed terms: names at weight A, other texts at weight B. Written here rather than
    /// by to_tsvector so PostgreSQL's parser cannot split or change a term that SQLite keeps whole.
    /// </summary>
    internal static string TsVector(IReadOnlyList<string> names, IReadOnlyList<string> texts)
    {
        const int LastPosition = 16383; // PostgreSQL's highest position; later ones share it
        var literal = new StringBuilder();
        var position = 0;
        void Append(IEnumerable<string> terms, char weight)
        {
            foreach (var term in terms)
            {
                position = Math.Min(position + 1, LastPosition);
                literal.Append('\'').Append(term.Replace("'", "''", StringComparison.Ordinal).Replace(@"\", @"\\", StringComparison.Ordinal))
                    .Append("':").Append(position.ToString(CultureInfo.InvariantCulture)).Append(weight).Append(' ');
            }
        }
        Append(names, 'A');
        Append(texts, 'B');
        return literal.ToString();
    }

    private void AddKey(DbCommand command, string kind, Guid itemId, string suffix = "")
    {
        Add(command, "kind" + suffix, kind);
        // SQLite keeps the id as text in one fixed spelling; PostgreSQL as uuid.
        Add(command, "item" + suffix, IsPostgres ? itemId : itemId.ToString("D"));
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Guid ReadGuid(DbDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) is Guid guid ? guid : Guid.Parse(reader.GetString(ordinal));

    /// <summary>Runs on the context's own connection, in its current transaction when there is one.</summary>
    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, Action<DbCommand> parameters, Func<DbDataReader, Task>? read = null)
    {
        var connection = db.Database.GetDbConnection();
        var opened = false;
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            opened = true;
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            parameters(command);
            if (read is null) await command.ExecuteNonQueryAsync(cancellationToken);
            else
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await read(reader);
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Changes;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Search;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// One published directory item as the catalogue holds it: what the public search filters by, orders by and shows.
/// Descriptions stay in the database (the API reads them for its page of results).
/// </summary>
public sealed class CatalogueEntry
{
    public required string Type { get; init; }
    public required Guid Id { get; init; }
    public required Guid RegionId { get; init; }
    public required Guid OrganisationId { get; init; }
    /// <summary>An activity's or a place's municipality; a service's, or null when it serves its whole region.</summary>
    public Guid? MunicipalityId { get; init; }
    public Guid? MeetingPlaceId { get; init; }
    public IReadOnlyList<Guid> MeetingPlaceIds { get; init; } = [];
    public required LocalizedText Name { get; init; }
    /// <summary>The kind shown on a hit: an activity's kind, a service's level or a place's kind, by name.</summary>
    public required string Kind { get; init; }
    public ActivityKind? ActivityKind { get; init; }
    public string? Slug { get; init; }
    public int? AgeMin { get; init; }
    public int? AgeMax { get; init; }
    public string Languages { get; init; } = "";
    public bool Free { get; init; }
    public Schedule? Schedule { get; init; }
    public DateOnly FirstDate { get; init; }
    public DateOnly? LastDate { get; init; }
    public int DayMask { get; init; }
    public DateTime UpdatedAt { get; init; }

    private NextOccurrence? next;

    /// <summary>An activity's next occurrence from <paramref name="today"/> (a year ahead), worked out once a day.</summary>
    public Occurrence? NextFrom(DateOnly today)
    {
        if (Schedule is null) return null;
        var known = next;
        if (known is not null && known.From == today) return known.Next;
        var found = ScheduleExpansion.Next(Schedule, today);
        next = new NextOccurrence(today, found);
        return found;
    }

    private sealed record NextOccurrence(DateOnly From, Occurrence? Next);
}

/// <summary>A municipality as the catalogue's hits name it.</summary>
public sealed record CatalogueMunicipality(Guid Id, string Slug, LocalizedText Name, Guid RegionId);

/// <summary>An entry that passed a search's filters, with its relevance (with text) and its next occurrence (activities).</summary>
public readonly record struct CatalogueHit(CatalogueEntry Entry, bool NameMatch, double Score, Occurrence? Next);

/// <summary>
/// One page of a catalogue search and how many entries matched in all; when the text as typed found nothing,
/// <see cref="SearchedFor"/> is the folded form that did (a/ä, o/ö), and <see cref="Suggestions"/> other searches that would.
/// </summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueHit> Items, int Total, string? SearchedFor, IReadOnlyList<string> Suggestions);

/// <summary>Whether an entry passes a search's filters and, for an activity, when it next takes place.</summary>
public delegate bool CatalogueFilter(CatalogueEntry entry, out Occurrence? next);

/// <summary>
/// The public directory held in memory on every app instance: each published activity, service and meeting place with
/// what the search filters and orders by, and an inverted index of its analysed terms (<see cref="TermIndex"/>, read
/// from the stored search index rather than analysed again). A search touches no database: every filter combination
/// is applied to every matching entry, so nothing is lost behind a cap, and only the page is ordered in full.
/// Kept current from the change feed: an instance reads its own saves before its next search, others' within the
/// feed's poll interval. Loaded in the background at start, and again (while the loaded one serves) when the whole
/// index was rebuilt or too many replaced entries pile up. Decision 0042.
/// </summary>
public sealed class DirectoryCatalogue(IServiceScopeFactory scopes, ChangeFeed feed, ILogger<DirectoryCatalogue> logger)
    : IDataChangeSubscriber, IHostedService
{
    private static readonly string[] Topics = [nameof(Activity), nameof(Service), nameof(MeetingPlace)];
    private static readonly string[] ReferenceTopics = [nameof(Organisations.Municipality), nameof(Regions.Region)];

    /// <summary>From this many entries a load ends with a compacting collection that returns its garbage to the system.</summary>
    public const int AggressiveCollectionFrom = 20_000;

    /// <summary>Replaced entries' slots tolerated before the catalogue is loaded anew (they cost a skipped posting each).</summary>
    public const int MostReplaced = 20_000;

    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly Lock gate = new();
    private volatile Catalogue? current;
    private Task<Catalogue>? loading;
    private HashSet<Guid>? changedWhileLoading;

    /// <summary>How many searchable entries the loaded catalogue holds (0 before it is loaded).</summary>
    public int Count => current?.Live ?? 0;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Platform.Web.OpenApiGeneration.IsRunning) _ = StartLoading();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The catalogue with every change this process committed: loads it first if needed.</summary>
    private async Task<Catalogue> ReadyAsync(CancellationToken cancellationToken)
    {
        var catalogue = current ?? await StartLoading().WaitAsync(cancellationToken);
        await feed.CatchUpAsync(cancellationToken);
        return current ?? catalogue;
    }

    private Task<Catalogue> StartLoading()
    {
        lock (gate)
        {
            if (loading is { } running) return running;
            changedWhileLoading = [];
            return loading = Task.Run(LoadAndSwapAsync);
        }
    }

    /// <summary>Loads a new catalogue while the old one serves, then applies what changed meanwhile and puts it in place.</summary>
    private async Task<Catalogue> LoadAndSwapAsync()
    {
        try
        {
            // The feed's position first: a change after it reaches ApplyAsync and is applied again after the load.
            if (feed.Position is null) await feed.ReadAsync(CancellationToken.None);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var loaded = await LoadAsync(CancellationToken.None);
            await writer.WaitAsync();
            try
            {
                HashSet<Guid> changed;
                lock (gate)
                {
                    changed = changedWhileLoading ?? [];
                    changedWhileLoading = null;
                    loading = null;
                }
                if (changed.Count > 0) await ReloadEntriesAsync(loaded, changed, CancellationToken.None);
                current = loaded;
            }
            finally
            {
                writer.Release();
            }
            logger.LogInformation("Directory catalogue loaded: {Count} entries, {Terms} terms in {Elapsed} ms", loaded.Live, loaded.Terms.TermCount, started.ElapsedMilliseconds);
            return loaded;
        }
        catch (Exception e)
        {
            lock (gate) loading = null;
            logger.LogError(e, "Loading the directory catalogue failed");
            throw;
        }
    }

    public async Task ApplyAsync(IReadOnlyList<DataChange> changes, CancellationToken cancellationToken)
    {
        var all = changes.Any(c => c.Topic == DataChange.SearchTopic || (c.ItemId is null && Topics.Contains(c.Topic)));
        var ids = changes.Where(c => c.ItemId is not null && Topics.Contains(c.Topic)).Select(c => c.ItemId!.Value).ToHashSet();
        var references = changes.Any(c => ReferenceTopics.Contains(c.Topic));
        if (!all && ids.Count == 0 && !references) return;
        lock (gate) changedWhileLoading?.UnionWith(ids);
        var catalogue = current;
        if (catalogue is null) return; // the load under way reads them
        await writer.WaitAsync(cancellationToken);
        try
        {
            if (references) await ReadReferencesAsync(catalogue, cancellationToken);
            if (ids.Count > 0) await ReloadEntriesAsync(catalogue, ids, cancellationToken);
        }
        finally
        {
            writer.Release();
        }
        if (all || catalogue.Replaced > MostReplaced)
        {
            logger.LogInformation("Reloading the directory catalogue ({Reason})", all ? "the search index was rebuilt" : "many entries replaced");
            _ = StartLoading();
        }
    }

    // ---- searching ---------------------------------------------------------------------------------------------

    /// <summary>
    /// The entries that pass <paramref name="filter"/> and, with <paramref name="text"/>, match it; ordered name matches
    /// first and then by relevance (with text) or by <paramref name="order"/> (without), each tie by kind and id.
    /// </summary>
    public async Task<CataloguePage> SearchAsync(string? text, CatalogueFilter filter, IComparer<CatalogueHit> order, int skip, int take,
        CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        var best = new TopHits((int)Math.Min((long)skip + take, int.MaxValue), text is null ? order : ByRelevance);
        var total = 0;
        string? searchedFor = null;
        IReadOnlyList<string> suggestions = [];
        if (text is null)
        {
            var entries = catalogue.Entries;
            var count = Math.Min(catalogue.Terms.SlotCount, entries.Length);
            for (var slot = 0; slot < count; slot++)
                if (entries[slot] is { } entry && filter(entry, out var next))
                {
                    total++;
                    best.Offer(new CatalogueHit(entry, false, 0, next));
                }
        }
        else
        {
            var analyser = catalogue.Analyser;
            var matches = catalogue.Terms.Match(analyser.Query(text));
            if (matches.Count == 0)
            {
                matches.Dispose();
                (searchedFor, matches) = Folded(catalogue, text);
                if (searchedFor is null) suggestions = Suggest(catalogue, text);
            }
            using (matches)
            {
                var entries = catalogue.Entries;
                foreach (var match in matches.AsSpan())
                    if (match.Slot < entries.Length && entries[match.Slot] is { } entry && filter(entry, out var next))
                    {
                        total++;
                        best.Offer(new CatalogueHit(entry, match.NameMatch, match.Score, next));
                    }
            }
        }
        return new CataloguePage(best.Sorted().Skip(skip).ToList(), total, searchedFor, suggestions);
    }

    /// <summary>Name matches first, then the higher score; ties by kind and id, so the order is stable.</summary>
    private static readonly IComparer<CatalogueHit> ByRelevance = Comparer<CatalogueHit>.Create((a, b) =>
    {
        var c = b.NameMatch.CompareTo(a.NameMatch);
        if (c == 0) c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : ByKindAndId(a, b);
    });

    public static int ByKindAndId(CatalogueHit a, CatalogueHit b)
    {
        var c = string.CompareOrdinal(a.Entry.Type, b.Entry.Type);
        return c != 0 ? c : a.Entry.Id.CompareTo(b.Entry.Id);
    }

    /// <summary>The letters people type without their dots: each may stand for either.</summary>
    private static readonly Dictionary<char, char> Dots = new() { ['a'] = 'ä', ['ä'] = 'a', ['o'] = 'ö', ['ö'] = 'o' };

    private const int MostFoldedLetters = 6;

    /// <summary>
    /// The text with a/ä and o/ö swapped, fewest swaps first, until one finds something ("aitiysneuvola" →
    /// "äitiysneuvola"): Voikko knows a word only with its dots, so the swapped text is analysed again.
    /// </summary>
    private static (string? Text, TermMatches Matches) Folded(Catalogue catalogue, string text)
    {
        var lower = text.ToLowerInvariant();
        var positions = Enumerable.Range(0, lower.Length).Where(i => Dots.ContainsKey(lower[i])).Take(MostFoldedLetters).ToList();
        var variants = Enumerable.Range(1, (1 << positions.Count) - 1).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m);
        foreach (var mask in variants)
        {
            var letters = lower.ToCharArray();
            for (var bit = 0; bit < positions.Count; bit++)
                if ((mask & (1 << bit)) != 0) letters[positions[bit]] = Dots[letters[positions[bit]]];
            var variant = new string(letters);
            var matches = catalogue.Terms.Match(catalogue.Analyser.Query(variant));
            if (matches.Count > 0) return (variant, matches);
            matches.Dispose();
        }
        return (null, TermMatches.Rent(0));
    }

    private const int MostSuggestions = 3;

    /// <summary>Searches that would find something: the text with one word replaced by a close term of the index.</summary>
    private static IReadOnlyList<string> Suggest(Catalogue catalogue, string text)
    {
        var query = catalogue.Analyser.Query(text);
        var suggestions = new List<string>();
        foreach (var word in query.Words)
        {
            if (Finds(catalogue, new SearchQuery([word]))) continue; // this word is not the one that fails
            foreach (var term in catalogue.Terms.Similar(word.Word, word.Alternatives.SelectMany(a => a), MostSuggestions * 3))
            {
                var suggestion = string.Join(' ', query.Words.Select(w => w == word ? term : w.Word));
                if (!suggestions.Contains(suggestion) && Finds(catalogue, catalogue.Analyser.Query(suggestion))) suggestions.Add(suggestion);
                if (suggestions.Count == MostSuggestions) return suggestions;
            }
        }
        return suggestions;
    }

    private static bool Finds(Catalogue catalogue, SearchQuery query)
    {
        using var matches = catalogue.Terms.Match(query);
        return matches.Count > 0;
    }

    /// <summary>The best <c>size</c> hits seen, kept in a heap whose top is the worst of them.</summary>
    private sealed class TopHits(int size, IComparer<CatalogueHit> order)
    {
        private readonly PriorityQueue<CatalogueHit, CatalogueHit> heap = new(Comparer<CatalogueHit>.Create((a, b) => order.Compare(b, a)));

        public void Offer(CatalogueHit hit)
        {
            if (size <= 0) return;
            if (heap.Count < size) heap.Enqueue(hit, hit);
            else if (order.Compare(hit, heap.Peek()) < 0) heap.EnqueueDequeue(hit, hit);
        }

        public List<CatalogueHit> Sorted()
        {
            var all = heap.UnorderedItems.Select(i => i.Element).ToList();
            all.Sort(order);
            return all;
        }
    }

    /// <summary>The municipalities by id, and what each region's addresses begin with.</summary>
    public async Task<(IReadOnlyDictionary<Guid, CatalogueMunicipality> Municipalities, IReadOnlyDictionary<Guid, string> RegionPrefixes)> ReferencesAsync(
        CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        return (catalogue.Municipalities, catalogue.RegionPrefixes);
    }

    /// <summary>
    /// The regions and the municipalities in Finnish alphabetical order, as the search page lists them on every request:
    /// kept with the catalogue (and current with it) rather than read and sorted each time.
    /// </summary>
    public async Task<(IReadOnlyList<RegionAddress> Regions, IReadOnlyList<CatalogueMunicipality> Municipalities)> PlacesToChooseAsync(CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        return (catalogue.Regions, catalogue.MunicipalitiesByName);
    }

    /// <summary>The published services that list any of these places among theirs.</summary>
    public async Task<List<Guid>> ServicesAtAsync(IReadOnlyCollection<Guid> places, CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        var entries = catalogue.Entries;
        var found = new List<Guid>();
        for (var slot = 0; slot < Math.Min(catalogue.Terms.SlotCount, entries.Length); slot++)
            if (entries[slot] is { Type: DirectorySearchDocuments.ServiceKind } service && service.MeetingPlaceIds.Any(places.Contains)) found.Add(service.Id);
        return found;
    }

    /// <summary>A published entry by id (a place, for the hits of the activities held there), or null.</summary>
    public async Task<Func<Guid, CatalogueEntry?>> EntriesAsync(CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        return id => catalogue.SlotOf.TryGetValue(id, out var slot) && slot < catalogue.Entries.Length ? catalogue.Entries[slot] : null;
    }

    // ---- loading -----------------------------------------------------------------------------------------------

    /// <summary>The catalogue's data: entries by slot, the term index over them, which slot holds which item, and the reference names.</summary>
    private sealed class Catalogue(TextAnalyser analyser)
    {
        public TextAnalyser Analyser { get; } = analyser;
        public TermIndex Terms { get; } = new();
        public CatalogueEntry?[] Entries = new CatalogueEntry?[1024];
        public ConcurrentDictionary<Guid, int> SlotOf { get; } = new();
        public IReadOnlyDictionary<Guid, CatalogueMunicipality> Municipalities = new Dictionary<Guid, CatalogueMunicipality>();
        public IReadOnlyDictionary<Guid, string> RegionPrefixes = new Dictionary<Guid, string>();
        public IReadOnlyList<RegionAddress> Regions = [];
        public IReadOnlyList<CatalogueMunicipality> MunicipalitiesByName = [];
        public int Live;
        public int Replaced;

        /// <summary>Puts the entry (or its removal, with null) in place of the item's earlier one. One writer at a time.</summary>
        public void Put(Guid id, CatalogueEntry? entry, IReadOnlyList<TermCount> terms)
        {
            if (SlotOf.TryRemove(id, out var old))
            {
                Entries[old] = null;
                Live--;
                Replaced++;
            }
            if (entry is null) return;
            var slot = Terms.Add(terms);
            if (slot >= Entries.Length)
            {
                var grown = new CatalogueEntry?[Math.Max(Entries.Length * 2, slot + 1)];
                Array.Copy(Entries, grown, Entries.Length);
                Entries = grown;
            }
            Entries[slot] = entry;
            SlotOf[id] = slot;
            Live++;
        }
    }

    /// <summary>Every published entry with its stored terms, and the reference names.</summary>
    private async Task<Catalogue> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalogue = new Catalogue(scope.ServiceProvider.GetRequiredService<TextAnalyser>());
        await ReadReferencesAsync(catalogue, cancellationToken);
        await ReadIntoAsync(catalogue, scope.ServiceProvider, null, cancellationToken);
        catalogue.Terms.Trim();
        // A load reads a national directory's rows once and keeps a fraction of them: give the rest back to the system
        // now, once, rather than carry the load's peak for the life of the process. Only for a large directory: a
        // blocking compacting collection of the whole process is not worth it for a region's few hundred items (and in
        // the test process, where apps start by the hundred, it would compact every other app's heap each time).
        if (catalogue.Live >= AggressiveCollectionFrom) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return catalogue;
    }

    private async Task ReloadEntriesAsync(Catalogue catalogue, IReadOnlySet<Guid> ids, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Activities show their place's name from the place's entry; their index rows carry it, and were rewritten with it.
        var withPlaces = ids.ToHashSet();
        foreach (var entry in catalogue.Entries)
            if (entry?.MeetingPlaceId is { } place && ids.Contains(place)) withPlaces.Add(entry.Id);
        // A thousand ids per read: each is a query parameter.
        foreach (var chunk in withPlaces.Chunk(1000))
            await ReadIntoAsync(catalogue, scope.ServiceProvider, chunk.ToHashSet(), cancellationToken);
    }

    private async Task ReadReferencesAsync(Catalogue catalogue, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
        var municipalities = (await db.Municipalities.AsNoTracking().ToListAsync(cancellationToken))
            .Select(m => new CatalogueMunicipality(m.Id, m.Slug, m.Name, m.RegionId))
            .OrderBy(m => m.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();
        var regions = await scope.ServiceProvider.GetRequiredService<RegionAddressQueries>().AllAsync(cancellationToken);
        // Each replaced whole: a reader holds either the old set or the new one.
        catalogue.MunicipalitiesByName = municipalities;
        catalogue.Municipalities = municipalities.ToDictionary(m => m.Id);
        catalogue.Regions = regions;
        catalogue.RegionPrefixes = regions.ToDictionary(r => r.Id, r => r.Prefix);
    }

    /// <summary>
    /// Reads the published entries (all, or those of <paramref name="ids"/>) and their terms into the catalogue; an id
    /// asked for that is not published any more is removed.
    /// </summary>
    private static async Task ReadIntoAsync(Catalogue catalogue, IServiceProvider services, IReadOnlySet<Guid>? ids, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PerheverkkoDb>();
        var index = services.GetRequiredService<SearchIndex>();
        var idList = ids?.ToList();
        var entries = new Dictionary<Guid, CatalogueEntry>();
        IQueryable<T> Published<T>(IQueryable<T> set) where T : DirectoryEntry
        {
            var published = set.AsNoTracking().AcrossRegions().Where(e => e.State == PublicationState.Published);
            return idList is null ? published : published.Where(e => idList.Contains(e.Id));
        }
        // Rows streamed straight into entries (not listed first): a national load holds each item once.
        await foreach (var a in Published(db.Activities).Select(a => new
                 {
                     a.Id, a.RegionId, a.OrganisationId, a.MunicipalityId, a.MeetingPlaceId, a.Name, a.Kind, a.AgeMin, a.AgeMax, a.Languages, a.Cost,
                     a.Schedule, a.FirstDate, a.LastDate, a.DayMask, a.UpdatedAt,
                 }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            entries[a.Id] = new CatalogueEntry
            {
                Type = DirectorySearchDocuments.ActivityKind, Id = a.Id, RegionId = a.RegionId, OrganisationId = a.OrganisationId, MunicipalityId = a.MunicipalityId,
                MeetingPlaceId = a.MeetingPlaceId, Name = a.Name, Kind = a.Kind.ToString(), ActivityKind = a.Kind, AgeMin = a.AgeMin, AgeMax = a.AgeMax,
                Languages = string.Intern(a.Languages), Free = a.Cost == Cost.Free, Schedule = a.Schedule, FirstDate = a.FirstDate, LastDate = a.LastDate,
                DayMask = a.DayMask, UpdatedAt = a.UpdatedAt,
            };
        await foreach (var s in Published(db.Services).Select(s => new
                 {
                     s.Id, s.RegionId, s.OrganisationId, s.MunicipalityId, s.MeetingPlaceIds, s.Name, s.Level, s.AgeMin, s.AgeMax, s.Languages, s.Cost, s.UpdatedAt,
                 }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            entries[s.Id] = new CatalogueEntry
            {
                Type = DirectorySearchDocuments.ServiceKind, Id = s.Id, RegionId = s.RegionId, OrganisationId = s.OrganisationId, MunicipalityId = s.MunicipalityId,
                MeetingPlaceIds = s.MeetingPlaceIds, Name = s.Name, Kind = s.Level.ToString(), AgeMin = s.AgeMin, AgeMax = s.AgeMax,
                Languages = string.Intern(s.Languages), Free = s.Cost == Cost.Free, UpdatedAt = s.UpdatedAt,
            };
        await foreach (var p in Published(db.MeetingPlaces).Select(p => new { p.Id, p.RegionId, p.OrganisationId, p.MunicipalityId, p.Name, p.Kind, p.Slug, p.UpdatedAt })
                     .AsAsyncEnumerable().WithCancellation(cancellationToken))
            entries[p.Id] = new CatalogueEntry
            {
                Type = DirectorySearchDocuments.MeetingPlaceKind, Id = p.Id, RegionId = p.RegionId, OrganisationId = p.OrganisationId, MunicipalityId = p.MunicipalityId,
                Name = p.Name, Kind = p.Kind.ToString(), Slug = p.Slug, UpdatedAt = p.UpdatedAt,
            };
        // Terms as they are read, each item put in place at once: a national index is never held twice.
        var placed = new HashSet<Guid>();
        await index.ReadTermsAsync(DirectorySearchDocuments.Kinds, idList, (kind, id, terms) =>
        {
            if (!entries.TryGetValue(id, out var entry) || entry.Type != kind) return;
            catalogue.Put(id, entry, terms);
            placed.Add(id);
        }, cancellationToken);
        // A published entry without an index row is still listed (without text); an asked-for id no longer published goes.
        foreach (var (id, entry) in entries)
            if (!placed.Contains(id)) catalogue.Put(id, entry, []);
        foreach (var id in ids ?? new HashSet<Guid>())
            if (!entries.ContainsKey(id)) catalogue.Put(id, null, []);
    }
}

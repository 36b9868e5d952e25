using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Changes;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Search;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Directory;

/// <summary>The kinds of entry, in the order of their names (activity, place, service): the order ties are broken in.</summary>
public enum CatalogueKind : byte { Activity, Place, Service }

/// <summary>
/// One published directory item as the catalogue shows it: its name and what a few filters need from it. What every
/// search filters and orders by is in its <see cref="CatalogueFacts"/>. Descriptions stay in the database (the API
/// reads them for its page of results).
/// </summary>
public sealed class CatalogueEntry
{
    public required LocalizedText Name { get; init; }
    /// <summary>The kind shown on a hit: an activity's kind, a service's level or a place's kind, by name.</summary>
    public required string Kind { get; init; }
    public string? Slug { get; init; }
    public Guid? MeetingPlaceId { get; init; }
    public IReadOnlyList<Guid> MeetingPlaceIds { get; init; } = [];
    public string Languages { get; init; } = "";
    public Schedule? Schedule { get; init; }
}

/// <summary>
/// What searches filter and order by, for one entry, held by value in one array in slot order. A broad word matches
/// tens of thousands of entries, and each is checked: read in sequence from one array, not by following a reference
/// to each entry's object, which was half of a search's time (measured 2026-12-06, decision 0042).
/// </summary>
public struct CatalogueFacts
{
    public Guid Id;
    public Guid RegionId;
    public Guid OrganisationId;
    /// <summary>An activity's or a place's municipality; a service's, or null when it serves its whole region.</summary>
    public Guid? MunicipalityId;
    public DateTime UpdatedAt;
    public DateOnly FirstDate;
    public DateOnly? LastDate;
    public int? AgeMin;
    public int? AgeMax;
    public CatalogueKind Kind;
    public ActivityKind? ActivityKind;
    public byte DayMask;
    public bool Free;
    /// <summary>An activity's next occurrence (<see cref="NextOccurrence"/>), kept current by the catalogue's one writer.</summary>
    public long Next;
}

/// <summary>
/// The facts nearly every search checks, sixteen bytes per slot in an array of their own (about three megabytes nationally,
/// so it stays in the processor's cache): a text that matches tens of thousands of entries is mostly filtered here,
/// and an entry's <see cref="CatalogueFacts"/> are read only for the filters that need them. A copy of those facts,
/// kept with them by the catalogue's one writer.
/// </summary>
public struct CatalogueHot
{
    public CatalogueKind Kind;
    /// <summary>Listed today: a service or a place, or an activity with an occurrence in the coming year.</summary>
    public bool Upcoming;
    public bool Free;
    public byte DayMask;
    /// <summary>
    /// The id as <see cref="Guid.CompareTo(Guid)"/> orders it first: its first eight bytes (the fields it compares
    /// first, unsigned) — of an id made by the app (version 7), the millisecond it was made and twelve random bits. A
    /// single word such as "kerho" gives thousands of hits the same score, each tied with the page's worst and ordered
    /// by id: this decides nearly every tie without reading the entries' facts at random (measured 2026-12-07).
    /// </summary>
    public ulong IdOrder;

    public static ulong IdOrderOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes); // the first three fields little-endian, as the struct holds them
        return (ulong)BinaryPrimitives.ReadUInt32LittleEndian(bytes) << 32
            | (ulong)BinaryPrimitives.ReadUInt16LittleEndian(bytes[4..]) << 16
            | BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]);
    }
}

/// <summary>
/// An activity's next occurrence packed into one number that orders as the occurrences do: its Finnish date's day
/// number above its start in UTC minutes since 2000. One 64-bit word, so a reader never sees half of an update.
/// </summary>
public static class NextOccurrence
{
    /// <summary>No occurrence (a service, a place, or an activity with none in the coming year): after every date.</summary>
    public const long None = long.MaxValue;

    private static readonly DateTime Epoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static long Pack(Occurrence? occurrence) => occurrence is null ? None
        : ((long)occurrence.Date.DayNumber << 32) | (uint)((occurrence.StartsAtUtc - Epoch).Ticks / TimeSpan.TicksPerMinute);

    public static DateOnly Date(long next) => DateOnly.FromDayNumber((int)(next >> 32));
}

/// <summary>A municipality as the catalogue's hits name it.</summary>
public sealed record CatalogueMunicipality(Guid Id, string Slug, LocalizedText Name, Guid RegionId);

/// <summary>An organisation as the open-data lists name the organiser of each item (HSDS's nested organization).</summary>
public sealed record CatalogueOrganisation(Guid Id, LocalizedText Name, Organisations.OrganisationKind Kind);

/// <summary>
/// The regions, municipalities and organisations as the public pages and the open data use them on every request, worked
/// out once when any of them changes (a few hundred rows each nationally):
/// replaced whole, so a reader holds either the old set or the new one.
/// </summary>
public sealed class CatalogueReferences
{
    public static readonly CatalogueReferences None = new([], [], []);

    private readonly Dictionary<Guid, List<NamedRef>> byRegion;

    /// <param name="municipalities">In Finnish alphabetical order.</param>
    public CatalogueReferences(IReadOnlyList<CatalogueMunicipality> municipalities, IReadOnlyList<RegionAddress> regions,
        IReadOnlyList<CatalogueOrganisation> organisations)
    {
        Organisations = organisations.ToDictionary(o => o.Id);
        Regions = regions;
        Municipalities = municipalities.Select(m => new NamedRef(m.Id, m.Slug, m.Name)).ToList();
        MunicipalityById = municipalities.ToDictionary(m => m.Id);
        MunicipalityIdBySlug = municipalities.ToDictionary(m => m.Slug, m => m.Id);
        MunicipalityNames = municipalities.ToDictionary(m => m.Id, m => m.Name);
        RegionPrefixes = regions.ToDictionary(r => r.Id, r => r.Prefix);
        MunicipalityPrefixes = municipalities.ToDictionary(m => m.Id, m => RegionPrefixes.GetValueOrDefault(m.RegionId, ""));
        byRegion = municipalities.GroupBy(m => m.RegionId).ToDictionary(g => g.Key, g => g.Select(m => new NamedRef(m.Id, m.Slug, m.Name)).ToList());
    }

    public IReadOnlyList<RegionAddress> Regions { get; }
    /// <summary>Every organisation, closed ones too (an item keeps naming its organiser), by id.</summary>
    public IReadOnlyDictionary<Guid, CatalogueOrganisation> Organisations { get; }
    /// <summary>Every municipality in Finnish alphabetical order.</summary>
    public IReadOnlyList<NamedRef> Municipalities { get; }
    public IReadOnlyDictionary<Guid, CatalogueMunicipality> MunicipalityById { get; }
    public IReadOnlyDictionary<string, Guid> MunicipalityIdBySlug { get; }
    public IReadOnlyDictionary<Guid, LocalizedText> MunicipalityNames { get; }
    /// <summary>What each region's addresses begin with.</summary>
    public IReadOnlyDictionary<Guid, string> RegionPrefixes { get; }
    /// <summary>What each municipality's page address begins with (its region's prefix).</summary>
    public IReadOnlyDictionary<Guid, string> MunicipalityPrefixes { get; }

    /// <summary>One region's municipalities in Finnish alphabetical order.</summary>
    public IReadOnlyList<NamedRef> MunicipalitiesOf(Guid regionId) => byRegion.TryGetValue(regionId, out var found) ? found : [];
}

/// <summary>An entry that passed a search's filters, with its relevance (with text) and, for an activity, its next occurrence (packed).</summary>
public sealed record CatalogueHit(CatalogueEntry Entry, CatalogueFacts Facts, bool NameMatch, double Score, long Next);

/// <summary>
/// One page of a catalogue search and how many entries matched in all; when the text as typed found nothing,
/// <see cref="SearchedFor"/> is the folded form that did (a/ä, o/ö), and <see cref="Suggestions"/> other searches that would.
/// </summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueHit> Items, int Total, string? SearchedFor, IReadOnlyList<string> Suggestions);

/// <summary>
/// Whether an entry passes a search's filters, and the occurrence it is ordered by without text (the facts' own
/// <see cref="CatalogueFacts.Next"/> unless the filter asks for another one, a weekday's; with text it is not read).
/// Read <paramref name="hot"/> first: <paramref name="facts"/> and <paramref name="entry"/> are for the filters that need
/// more (a municipality, ages, languages, a weekday's schedule), and reading them costs a trip to memory per entry.
/// </summary>
public delegate bool CatalogueFilter(in CatalogueHot hot, in CatalogueFacts facts, CatalogueEntry entry, out long next);

/// <summary>
/// Readiness includes the directory catalogue: <c>/health/ready</c> answers 503 until the instance's catalogue is
/// loaded (at national scale about fifteen seconds after start), so a load balancer sends families only to instances
/// that can search. <c>/health</c> (the process and its database) does not wait for it.
/// </summary>
public sealed class DirectoryCatalogueHealthCheck(DirectoryCatalogue catalogue) : IHealthCheck
{
    /// <summary>The tag of the checks only readiness asks.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>How long a probe waits for a load under way before it answers "not yet".</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken) =>
        await catalogue.LoadedWithinAsync(LongestWait, cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The directory catalogue is still loading.");
}

/// <summary>
/// The public directory held in memory on every app instance: each published activity, service and meeting place with
/// what the search filters and orders by, and an inverted index of its analysed terms (<see cref="TermIndex"/>, read
/// from the stored search index rather than analysed again). A search touches no database: every filter combination
/// is applied to every matching entry, so nothing is lost behind a cap, and only the page is ordered in full.
/// Kept current from the change feed: an instance reads its own saves before its next search, others' within the
/// feed's poll interval. Loaded in the background at start, and again (while the loaded one serves) when the whole
/// index was rebuilt or too many replaced entries pile up. Decision 0042.
/// </summary>
public sealed class DirectoryCatalogue(IServiceScopeFactory scopes, ChangeFeed feed, TimeProvider clock, ILogger<DirectoryCatalogue> logger)
    : IDataChangeSubscriber, IHostedService
{
    private static readonly string[] Topics = [nameof(Activity), nameof(Service), nameof(MeetingPlace)];
    private static readonly string[] ReferenceTopics = [nameof(Organisations.Municipality), nameof(Regions.Region), nameof(Organisations.Organisation)];

    /// <summary>From this many entries a load ends with a compacting collection that returns its garbage to the system.</summary>
    public const int AggressiveCollectionFrom = 20_000;

    /// <summary>Replaced entries' slots tolerated before the catalogue is loaded anew (they cost a skipped posting each).</summary>
    public const int MostReplaced = 20_000;

    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly Lock gate = new();
    private volatile Catalogue? current;
    private Task<Catalogue>? loading;
    private HashSet<Guid>? changedWhileLoading;
    private bool referencesChangedWhileLoading;
    private readonly CancellationTokenSource stopping = new();

    /// <summary>How many searchable entries the loaded catalogue holds (0 before it is loaded).</summary>
    public int Count => current?.Live ?? 0;

    /// <summary>
    /// Whether a catalogue is loaded, waiting up to <paramref name="wait"/> for the load under way: readiness (an
    /// instance still loading would make a family's first search wait). A load that failed is started again.
    /// </summary>
    public async Task<bool> LoadedWithinAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (current is not null) return true;
        try
        {
            await StartLoading().WaitAsync(wait, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// This process's changes applied, and a reload they started (a rebuilt index) in place: for whoever rebuilt the
    /// index and searches next, as a saved change is found at once.
    /// </summary>
    public async Task CaughtUpAsync(CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken);
        Task<Catalogue>? running;
        lock (gate) running = loading;
        if (running is not null) await running.WaitAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Platform.Web.OpenApiGeneration.IsRunning) _ = StartLoading();
        return Task.CompletedTask;
    }

    /// <summary>A load under way stops with the app: it holds a database session that must not outlive it.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        Task<Catalogue>? running;
        lock (gate) running = loading;
        if (running is null) return;
        try { await running.WaitAsync(cancellationToken); }
        catch (Exception) { /* cancelled, or failed and logged by the load itself */ }
    }

    /// <summary>The catalogue with every change this process committed: loads it first if needed.</summary>
    private async Task<Catalogue> ReadyAsync(CancellationToken cancellationToken)
    {
        var catalogue = current ?? await StartLoading().WaitAsync(cancellationToken);
        await feed.CatchUpAsync(cancellationToken);
        catalogue = current ?? catalogue;
        var today = HelsinkiTime.Today(clock);
        if (catalogue.NextFrom != today)
        {
            // The first search of a day brings the activities' next occurrences to it; the others of that moment wait.
            await writer.WaitAsync(cancellationToken);
            try { catalogue.BringNextTo(today); }
            finally { writer.Release(); }
        }
        return catalogue;
    }

    private Task<Catalogue> StartLoading()
    {
        lock (gate)
        {
            if (loading is { } running) return running;
            changedWhileLoading = [];
            referencesChangedWhileLoading = false;
            return loading = Task.Run(LoadAndSwapAsync);
        }
    }

    /// <summary>Loads a new catalogue while the old one serves, then applies what changed meanwhile and puts it in place.</summary>
    private async Task<Catalogue> LoadAndSwapAsync()
    {
        try
        {
            // The feed's position first: a change after it reaches ApplyAsync and is applied again after the load.
            if (feed.Position is null) await feed.ReadAsync(stopping.Token);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var loaded = await LoadAsync(stopping.Token);
            await writer.WaitAsync();
            try
            {
                HashSet<Guid> changed;
                bool references;
                // From here a change is no longer collected for this load: ApplyAsync waits for the writer, so it
                // applies the change to the loaded catalogue once it is in place.
                lock (gate)
                {
                    changed = changedWhileLoading ?? [];
                    changedWhileLoading = null;
                    references = referencesChangedWhileLoading;
                }
                // A municipality or region saved while the load read them would otherwise be missing until the next such change.
                if (references) await ReadReferencesAsync(loaded, stopping.Token);
                if (changed.Count > 0) await ReloadEntriesAsync(loaded, changed, stopping.Token);
                current = loaded;
                // Only now is the load over: whoever waits for it (CaughtUpAsync) finds the loaded catalogue in place.
                lock (gate) loading = null;
            }
            finally
            {
                writer.Release();
            }
            logger.LogInformation("Directory catalogue loaded: {Count} entries, {Terms} terms ({Sharing} sharing another's list) in {Elapsed} ms",
                loaded.Live, loaded.Terms.TermCount, loaded.Terms.SharingTerms, started.ElapsedMilliseconds);
            return loaded;
        }
        catch (Exception e)
        {
            lock (gate) loading = null;
            if (!stopping.IsCancellationRequested) logger.LogError(e, "Loading the directory catalogue failed");
            throw;
        }
    }

    public async Task ApplyAsync(IReadOnlyList<DataChange> changes, CancellationToken cancellationToken)
    {
        var all = changes.Any(c => c.Topic == DataChange.SearchTopic || (c.ItemId is null && Topics.Contains(c.Topic)));
        var ids = changes.Where(c => c.ItemId is not null && Topics.Contains(c.Topic)).Select(c => c.ItemId!.Value).ToHashSet();
        var references = changes.Any(c => ReferenceTopics.Contains(c.Topic));
        if (!all && ids.Count == 0 && !references) return;
        lock (gate)
        {
            changedWhileLoading?.UnionWith(ids);
            if (changedWhileLoading is not null) referencesChangedWhileLoading |= references;
        }
        await writer.WaitAsync(cancellationToken);
        Catalogue catalogue;
        try
        {
            // Read under the writer: a load swaps itself in under it and collects changes until then, so a change
            // either reaches the load or finds it in place.
            if (current is not { } loaded) return; // the first load under way reads them
            catalogue = loaded;
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
    /// The entries that pass <paramref name="filter"/> and, with <paramref name="text"/>, match it: with text, name
    /// matches first and then by relevance; without, activities by their next occurrence, then services, then places,
    /// each by Finnish name. Ties by kind and id, so the order is stable.
    /// </summary>
    public async Task<CataloguePage> SearchAsync(string? text, CatalogueFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        var (facts, hot, entries) = (catalogue.Facts, catalogue.Hot, catalogue.Entries);
        var count = Math.Min(catalogue.Terms.SlotCount, Math.Min(entries.Length, Math.Min(facts.Length, hot.Length)));
        var best = new TopHits((int)Math.Min((long)skip + take, int.MaxValue), text is null ? new UpcomingFirst(facts, entries) : new ByRelevance(facts, hot));
        var total = 0;
        string? searchedFor = null;
        IReadOnlyList<string> suggestions = [];
        if (text is null)
        {
            for (var slot = 0; slot < count; slot++)
                if (entries[slot] is { } entry && filter(in hot[slot], in facts[slot], entry, out var next))
                {
                    total++;
                    best.Offer(new Candidate(slot, false, 0, next));
                }
        }
        else
        {
            var matches = catalogue.Terms.Match(catalogue.Analyser.Query(text));
            if (matches.Count == 0)
            {
                matches.Dispose();
                (searchedFor, matches) = Folded(catalogue, text);
                if (searchedFor is null) suggestions = Suggest(catalogue, text);
            }
            using (matches)
                foreach (var match in matches.AsSpan())
                    if (match.Slot < count && entries[match.Slot] is { } entry && filter(in hot[match.Slot], in facts[match.Slot], entry, out var next))
                    {
                        total++;
                        best.Offer(new Candidate(match.Slot, match.NameMatch, match.Score, next));
                    }
        }
        // A filter that ordered by relevance did not read the next occurrence: the page's hits read theirs now.
        var page = best.Sorted().Skip(skip)
            .Select(c => new CatalogueHit(entries[c.Slot]!, facts[c.Slot], c.NameMatch, c.Score, c.Next != NextOccurrence.None ? c.Next : facts[c.Slot].Next)).ToList();
        return new CataloguePage(page, total, searchedFor, suggestions);
    }

    /// <summary>A hit while the page is chosen: the slot and what it is ordered by, the rest read from the slot's facts.</summary>
    private readonly record struct Candidate(int Slot, bool NameMatch, float Score, long Next);

    /// <summary>Name matches first, then the higher score.</summary>
    private sealed class ByRelevance(CatalogueFacts[] facts, CatalogueHot[] hot) : IComparer<Candidate>
    {
        public int Compare(Candidate a, Candidate b)
        {
            var c = b.NameMatch.CompareTo(a.NameMatch);
            if (c == 0) c = b.Score.CompareTo(a.Score);
            if (c != 0) return c;
            ref readonly var x = ref hot[a.Slot];
            ref readonly var y = ref hot[b.Slot];
            c = ((byte)x.Kind).CompareTo((byte)y.Kind); // as numbers: Enum.CompareTo boxes
            if (c == 0) c = x.IdOrder.CompareTo(y.IdOrder);
            return c != 0 ? c : facts[a.Slot].Id.CompareTo(facts[b.Slot].Id);
        }
    }

    /// <summary>Activities by their next occurrence, then services, then places, each by Finnish name.</summary>
    private sealed class UpcomingFirst(CatalogueFacts[] facts, CatalogueEntry?[] entries) : IComparer<Candidate>
    {
        private static int Rank(CatalogueKind kind) => kind switch { CatalogueKind.Activity => 0, CatalogueKind.Service => 1, _ => 2 };

        public int Compare(Candidate a, Candidate b)
        {
            ref readonly var x = ref facts[a.Slot];
            ref readonly var y = ref facts[b.Slot];
            var c = Rank(x.Kind).CompareTo(Rank(y.Kind));
            if (c == 0) c = a.Next.CompareTo(b.Next);
            if (c == 0) c = string.CompareOrdinal(entries[a.Slot]!.Name.Fi, entries[b.Slot]!.Name.Fi);
            return c != 0 ? c : ByKindAndId(x, y);
        }
    }

    private static int ByKindAndId(in CatalogueFacts a, in CatalogueFacts b)
    {
        var c = ((byte)a.Kind).CompareTo((byte)b.Kind); // as numbers: Enum.CompareTo boxes
        return c != 0 ? c : a.Id.CompareTo(b.Id);
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

    /// <summary>The best <c>size</c> candidates seen, kept in a heap whose top is the worst of them.</summary>
    private sealed class TopHits(int size, IComparer<Candidate> order)
    {
        private readonly PriorityQueue<Candidate, Candidate> heap = new(Comparer<Candidate>.Create((a, b) => order.Compare(b, a)));

        public void Offer(Candidate candidate)
        {
            if (size <= 0) return;
            if (heap.Count < size) heap.Enqueue(candidate, candidate);
            else if (order.Compare(candidate, heap.Peek()) < 0) heap.EnqueueDequeue(candidate, candidate);
        }

        public List<Candidate> Sorted()
        {
            var all = heap.UnorderedItems.Select(i => i.Element).ToList();
            all.Sort(order);
            return all;
        }
    }

    /// <summary>
    /// The regions and municipalities, as the search page lists them on every request: kept with the catalogue (and
    /// current with it) rather than read and sorted each time.
    /// </summary>
    public async Task<CatalogueReferences> ReferencesAsync(CancellationToken cancellationToken) => (await ReadyAsync(cancellationToken)).References;

    /// <summary>
    /// The published services for a municipality — its own and, given its region, the region-wide ones — or, with
    /// <paramref name="atPlaces"/>, those that list any of these places among theirs.
    /// </summary>
    public async Task<List<(CatalogueEntry Entry, CatalogueFacts Facts)>> ServicesAsync(Guid? municipalityId, Guid? regionOfMunicipality,
        IReadOnlyCollection<Guid>? atPlaces, CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        var (entries, facts) = (catalogue.Entries, catalogue.Facts);
        var found = new List<(CatalogueEntry Entry, CatalogueFacts Facts)>();
        for (var slot = 0; slot < Math.Min(catalogue.Terms.SlotCount, Math.Min(entries.Length, facts.Length)); slot++)
        {
            if (facts[slot].Kind != CatalogueKind.Service || entries[slot] is not { } service) continue;
            ref readonly var f = ref facts[slot];
            if ((municipalityId is null || f.MunicipalityId == municipalityId || (f.MunicipalityId is null && f.RegionId == regionOfMunicipality))
                && (atPlaces is null || service.MeetingPlaceIds.Any(atPlaces.Contains)))
                found.Add((service, f));
        }
        return found;
    }

    /// <summary>
    /// The published activities in a municipality or at a place that have not ended before <paramref name="today"/>,
    /// by first date and id: the lists of the municipality, place and this-week pages, with no database read.
    /// </summary>
    public async Task<List<(CatalogueEntry Entry, CatalogueFacts Facts)>> ActivitiesAsync(Guid? municipalityId, Guid? placeId, DateOnly today,
        CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        var (entries, facts, hot) = (catalogue.Entries, catalogue.Facts, catalogue.Hot);
        var found = new List<(CatalogueEntry Entry, CatalogueFacts Facts)>();
        for (var slot = 0; slot < Math.Min(catalogue.Terms.SlotCount, Math.Min(entries.Length, Math.Min(facts.Length, hot.Length))); slot++)
        {
            if (hot[slot].Kind != CatalogueKind.Activity || entries[slot] is not { } entry) continue;
            ref readonly var f = ref facts[slot];
            if ((municipalityId is null || f.MunicipalityId == municipalityId) && (placeId is null || entry.MeetingPlaceId == placeId)
                && (f.LastDate is null || f.LastDate >= today))
                found.Add((entry, f));
        }
        found.Sort((a, b) => a.Facts.FirstDate != b.Facts.FirstDate ? a.Facts.FirstDate.CompareTo(b.Facts.FirstDate) : a.Facts.Id.CompareTo(b.Facts.Id));
        return found;
    }

    /// <summary>A published entry by id (a place, for the hits of the activities held there), or null.</summary>
    public async Task<Func<Guid, (CatalogueEntry Entry, CatalogueFacts Facts)?>> EntriesAsync(CancellationToken cancellationToken)
    {
        var catalogue = await ReadyAsync(cancellationToken);
        var (entries, facts) = (catalogue.Entries, catalogue.Facts);
        return id => catalogue.SlotOf.TryGetValue(id, out var slot) && slot < Math.Min(entries.Length, facts.Length) && entries[slot] is { } entry
            ? (entry, facts[slot]) : null;
    }

    // ---- loading -----------------------------------------------------------------------------------------------

    /// <summary>
    /// The catalogue's data: entries and their facts by slot, the term index over them, which slot holds which item,
    /// and the reference names. One writer at a time (the catalogue's semaphore); readers take the arrays as they find them.
    /// </summary>
    /// <param name="capacity">The slots to make room for at once: a load that knows its size copies no array to grow.</param>
    private sealed class Catalogue(TextAnalyser analyser, int capacity = 1024)
    {
        public TextAnalyser Analyser { get; } = analyser;
        public TermIndex Terms { get; } = new();
        public CatalogueEntry?[] Entries = new CatalogueEntry?[capacity];
        public CatalogueFacts[] Facts = new CatalogueFacts[capacity];
        public CatalogueHot[] Hot = new CatalogueHot[capacity];
        public ConcurrentDictionary<Guid, int> SlotOf { get; } = new(Environment.ProcessorCount, capacity);
        public CatalogueReferences References = CatalogueReferences.None;
        public int Live;
        public int Replaced;
        /// <summary>The day the activities' next occurrences are worked out from (unset before the first search).</summary>
        public DateOnly NextFrom;

        /// <summary>Puts the entry (or its removal, with null) in place of the item's earlier one.</summary>
        public void Put(Guid id, (CatalogueEntry Entry, CatalogueFacts Facts)? item, IReadOnlyList<TermCount> terms)
        {
            if (SlotOf.TryRemove(id, out var old))
            {
                Entries[old] = null;
                Live--;
                Replaced++;
            }
            if (item is not { } put) return;
            var slot = Terms.SlotCount;
            if (slot >= Entries.Length)
            {
                // Facts before entries: a reader that finds an entry finds its facts (it reads every length).
                var size = Math.Max(Entries.Length * 2, slot + 1);
                var grownFacts = new CatalogueFacts[size];
                Array.Copy(Facts, grownFacts, Facts.Length);
                Facts = grownFacts;
                var grownHot = new CatalogueHot[size];
                Array.Copy(Hot, grownHot, Hot.Length);
                Hot = grownHot;
                var grown = new CatalogueEntry?[size];
                Array.Copy(Entries, grown, Entries.Length);
                Entries = grown;
            }
            var facts = put.Facts;
            facts.Next = NextOf(facts, put.Entry, NextFrom);
            Facts[slot] = facts;
            Hot[slot] = new CatalogueHot
            {
                Kind = facts.Kind, Upcoming = IsUpcoming(facts), Free = facts.Free, DayMask = facts.DayMask, IdOrder = CatalogueHot.IdOrderOf(facts.Id),
            };
            Entries[slot] = put.Entry;
            Terms.Add(terms);
            SlotOf[id] = slot;
            Live++;
        }

        /// <summary>
        /// Works out again the next occurrences that <paramref name="today"/> made stale: those before it (an occurrence
        /// still ahead stays the next one) and those of activities that had none in a year, which may have one now. A
        /// day back (a clock set back) works out every one.
        /// </summary>
        public void BringNextTo(DateOnly today)
        {
            if (NextFrom == today) return;
            var everything = today < NextFrom;
            var (entries, facts, hot) = (Entries, Facts, Hot);
            var count = Math.Min(Terms.SlotCount, Math.Min(entries.Length, Math.Min(facts.Length, hot.Length)));
            for (var slot = 0; slot < count; slot++)
            {
                ref var f = ref facts[slot];
                if (f.Kind != CatalogueKind.Activity || entries[slot] is not { } entry) continue;
                var stale = everything || (f.Next == NextOccurrence.None ? f.LastDate is not { } last || last >= today : NextOccurrence.Date(f.Next) < today);
                if (!stale) continue;
                Volatile.Write(ref f.Next, NextOf(f, entry, today));
                hot[slot].Upcoming = IsUpcoming(f);
            }
            NextFrom = today;
        }

        /// <summary>A service or a place is always listed; an activity while it has an occurrence ahead (none after its last date).</summary>
        private static bool IsUpcoming(in CatalogueFacts facts) => facts.Kind != CatalogueKind.Activity || facts.Next != NextOccurrence.None;

        private static long NextOf(in CatalogueFacts facts, CatalogueEntry entry, DateOnly today) =>
            facts.Kind == CatalogueKind.Activity && entry.Schedule is { } schedule && today != default
                ? NextOccurrence.Pack(ScheduleExpansion.Next(schedule, today))
                : NextOccurrence.None;
    }

    /// <summary>Every published entry with its stored terms, and the reference names.</summary>
    private async Task<Catalogue> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var published = await CountPublishedAsync(scope.ServiceProvider.GetRequiredService<PerheverkkoDb>(), cancellationToken);
        // Room for the published entries and an eighth more for the changes to come (each takes a new slot).
        var catalogue = new Catalogue(scope.ServiceProvider.GetRequiredService<TextAnalyser>(), Math.Max(1024, published + published / 8))
        {
            NextFrom = HelsinkiTime.Today(clock),
        };
        await ReadReferencesAsync(catalogue, cancellationToken);
        await ReadIntoAsync(catalogue, scope.ServiceProvider, null, cancellationToken, published);
        catalogue.Terms.Trim();
        // A load reads a national directory's rows once and keeps a fraction of them: give the rest back to the system
        // now, once, rather than carry the load's peak for the life of the process. Only for a large directory: a
        // blocking compacting collection of the whole process is not worth it for a region's few hundred items (and in
        // the test process, where apps start by the hundred, it would compact every other app's heap each time).
        if (catalogue.Live >= AggressiveCollectionFrom) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return catalogue;
    }

    private static async Task<int> CountPublishedAsync(PerheverkkoDb db, CancellationToken cancellationToken) =>
        await db.Activities.AcrossRegions().CountAsync(e => e.State == PublicationState.Published, cancellationToken)
        + await db.Services.AcrossRegions().CountAsync(e => e.State == PublicationState.Published, cancellationToken)
        + await db.MeetingPlaces.AcrossRegions().CountAsync(e => e.State == PublicationState.Published, cancellationToken);

    private async Task ReloadEntriesAsync(Catalogue catalogue, IReadOnlySet<Guid> ids, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Activities show their place's name from the place's entry; their index rows carry it, and were rewritten with it.
        var withPlaces = ids.ToHashSet();
        var (entries, facts) = (catalogue.Entries, catalogue.Facts);
        for (var slot = 0; slot < Math.Min(catalogue.Terms.SlotCount, Math.Min(entries.Length, facts.Length)); slot++)
            if (entries[slot]?.MeetingPlaceId is { } place && ids.Contains(place)) withPlaces.Add(facts[slot].Id);
        // A thousand ids per read: each is a query parameter.
        foreach (var chunk in withPlaces.Chunk(1000))
            await ReadIntoAsync(catalogue, scope.ServiceProvider, chunk.ToHashSet(), cancellationToken);
    }

    private static CatalogueKind KindOf(string indexKind) => indexKind switch
    {
        DirectorySearchDocuments.ActivityKind => CatalogueKind.Activity,
        DirectorySearchDocuments.ServiceKind => CatalogueKind.Service,
        _ => CatalogueKind.Place,
    };

    private async Task ReadReferencesAsync(Catalogue catalogue, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerheverkkoDb>();
        var municipalities = (await db.Municipalities.AsNoTracking().ToListAsync(cancellationToken))
            .Select(m => new CatalogueMunicipality(m.Id, m.Slug, m.Name, m.RegionId))
            .OrderBy(m => m.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();
        var regions = await scope.ServiceProvider.GetRequiredService<RegionAddressQueries>().AllAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().AcrossRegions()
            .Select(o => new CatalogueOrganisation(o.Id, o.Name, o.Kind)).ToListAsync(cancellationToken);
        catalogue.References = new CatalogueReferences(municipalities, regions, organisations);
    }

    /// <summary>
    /// Reads the published entries (all, or those of <paramref name="ids"/>) and their terms into the catalogue; an id
    /// asked for that is not published any more is removed.
    /// </summary>
    /// <param name="expected">How many entries the read will find, when known: the entries are held once while their terms are read.</param>
    private static async Task ReadIntoAsync(Catalogue catalogue, IServiceProvider services, IReadOnlySet<Guid>? ids, CancellationToken cancellationToken,
        int expected = 0)
    {
        var db = services.GetRequiredService<PerheverkkoDb>();
        var index = services.GetRequiredService<SearchIndex>();
        var idList = ids?.ToList();
        var entries = new Dictionary<Guid, (CatalogueEntry, CatalogueFacts)>(expected > 0 ? expected : ids?.Count ?? 0);
        IQueryable<T> Published<T>(IQueryable<T> set) where T : DirectoryEntry
        {
            var published = set.AsNoTracking().AcrossRegions().Where(e => e.State == PublicationState.Published);
            return idList is null ? published : published.Where(e => idList.Contains(e.Id));
        }
        // Kinds by name, once: not a string of its own for each of 200,000 entries.
        static string Named<TKind>(TKind kind) where TKind : struct, Enum => string.Intern(kind.ToString());
        // Rows streamed straight into entries (not listed first): a national load holds each item once.
        await foreach (var a in Published(db.Activities).Select(a => new
                 {
                     a.Id, a.RegionId, a.OrganisationId, a.MunicipalityId, a.MeetingPlaceId, a.Name, a.Kind, a.AgeMin, a.AgeMax, a.Languages, a.Cost,
                     a.Schedule, a.FirstDate, a.LastDate, a.DayMask, a.UpdatedAt,
                 }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            entries[a.Id] = (
                new CatalogueEntry
                {
                    Name = a.Name, Kind = Named(a.Kind), MeetingPlaceId = a.MeetingPlaceId, Languages = string.Intern(a.Languages), Schedule = a.Schedule,
                },
                new CatalogueFacts
                {
                    Id = a.Id, Kind = CatalogueKind.Activity, RegionId = a.RegionId, OrganisationId = a.OrganisationId, MunicipalityId = a.MunicipalityId,
                    ActivityKind = a.Kind, AgeMin = a.AgeMin, AgeMax = a.AgeMax, Free = a.Cost == Cost.Free, FirstDate = a.FirstDate, LastDate = a.LastDate,
                    DayMask = (byte)a.DayMask, UpdatedAt = a.UpdatedAt,
                });
        await foreach (var s in Published(db.Services).Select(s => new
                 {
                     s.Id, s.RegionId, s.OrganisationId, s.MunicipalityId, s.MeetingPlaceIds, s.Name, s.Level, s.AgeMin, s.AgeMax, s.Languages, s.Cost, s.UpdatedAt,
                 }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            entries[s.Id] = (
                new CatalogueEntry { Name = s.Name, Kind = Named(s.Level), MeetingPlaceIds = s.MeetingPlaceIds, Languages = string.Intern(s.Languages) },
                new CatalogueFacts
                {
                    Id = s.Id, Kind = CatalogueKind.Service, RegionId = s.RegionId, OrganisationId = s.OrganisationId, MunicipalityId = s.MunicipalityId,
                    AgeMin = s.AgeMin, AgeMax = s.AgeMax, Free = s.Cost == Cost.Free, UpdatedAt = s.UpdatedAt,
                });
        await foreach (var p in Published(db.MeetingPlaces).Select(p => new { p.Id, p.RegionId, p.OrganisationId, p.MunicipalityId, p.Name, p.Kind, p.Slug, p.UpdatedAt })
                     .AsAsyncEnumerable().WithCancellation(cancellationToken))
            entries[p.Id] = (
                new CatalogueEntry { Name = p.Name, Kind = Named(p.Kind), Slug = p.Slug },
                new CatalogueFacts
                {
                    Id = p.Id, Kind = CatalogueKind.Place, RegionId = p.RegionId, OrganisationId = p.OrganisationId, MunicipalityId = p.MunicipalityId,
                    UpdatedAt = p.UpdatedAt,
                });
        // An asked-for id no longer published goes.
        foreach (var id in ids ?? new HashSet<Guid>())
            if (!entries.ContainsKey(id)) catalogue.Put(id, null, []);
        // Terms as they are read, each item put in place at once (and let go of here): a national index is never held twice.
        await index.ReadTermsAsync(DirectorySearchDocuments.Kinds, idList, (kind, id, terms) =>
        {
            if (!entries.TryGetValue(id, out var entry) || entry.Item2.Kind != KindOf(kind)) return;
            entries.Remove(id);
            catalogue.Put(id, entry, terms);
        }, cancellationToken);
        // A published entry without an index row is still listed (without text).
        foreach (var (id, entry) in entries) catalogue.Put(id, entry, []);
    }
}

using System.Collections.Concurrent;

namespace Perheverkko.Web.Platform.Search;

/// <summary>How often one term occurs in one document's names and in its other texts (each capped at 255).</summary>
public readonly record struct TermCount(string Term, byte InNames, byte InTexts);

/// <summary>
/// A document that matches a query: its slot, whether every query word is in its names, and its score. Twelve bytes
/// (a single-precision score): a broad word's matches fill a pooled array of tens of thousands of these per search.
/// </summary>
public readonly record struct TermMatch(int Slot, bool NameMatch, float Score);

/// <summary>
/// An in-memory inverted index of analysed terms: for each term, the slots (documents) that hold it, in ascending
/// order, with how often it occurs in names and in other texts. Slots only grow: a changed document gets a new slot
/// and its old one is left for the caller to treat as removed, so the lists never need re-sorting and readers need no
/// lock. One writer at a time (the caller serialises <see cref="Add"/>); any number of readers meanwhile.
/// Decision 0042.
/// </summary>
public sealed class TermIndex
{
    private readonly ConcurrentDictionary<string, Postings> postings = new(StringComparer.Ordinal);
    private volatile int slots;

    /// <summary>How many slots were handed out (the next document's slot).</summary>
    public int SlotCount => slots;

    /// <summary>How many distinct terms the index holds.</summary>
    public int TermCount => postings.Count;

    /// <summary>Adds a document's terms under the next slot and returns it. Writers only, one at a time.</summary>
    public int Add(IEnumerable<TermCount> terms)
    {
        var slot = slots;
        foreach (var term in terms)
        {
            var list = postings.GetOrAdd(term.Term, _ => new Postings());
            var grown = list.Append(slot, term.InNames, term.InTexts);
            if (!ReferenceEquals(grown, list)) postings[term.Term] = grown;
        }
        slots = slot + 1;
        return slot;
    }

    /// <summary>
    /// Gives back the room the lists grew into while loading (up to half of each), and lets terms whose lists are the
    /// same share one: after a full load, before readers come. Writers only; a later append grows a list again (a
    /// shared one is copied first, so the other terms keep theirs).
    /// </summary>
    /// <remarks>
    /// Analysis gives a Finnish word every base form and compound part it may have, so many terms are always indexed
    /// together: "vertais" and "vertainen" (from "vertaisryhmä" and its kin) are in the same 87,939 of the national
    /// directory's entries. Shared, such a list is held once, and <see cref="Match"/> reads once an alternative whose
    /// lists are another's (decision 0042).
    /// </remarks>
    public void Trim()
    {
        foreach (var (term, list) in postings)
            if (list.Slots.Length > list.Count) postings[term] = list.Trimmed();
        var shared = 0;
        var firstOfItsKind = new Dictionary<Postings, Postings>(Postings.SameEntries);
        foreach (var (term, list) in postings)
        {
            if (!firstOfItsKind.TryAdd(list, list))
            {
                var first = firstOfItsKind[list];
                first.Shared = true;
                postings[term] = first;
                shared++;
            }
        }
        SharingTerms = shared;
    }

    /// <summary>How many terms hold another term's list since the last <see cref="Trim"/>.</summary>
    public int SharingTerms { get; private set; }

    /// <summary>How many documents (live or replaced) hold the term.</summary>
    public int DocumentFrequency(string term) => postings.TryGetValue(term, out var list) ? list.Count : 0;

    /// <summary>
    /// Every slot that matches the query — each word in one of its alternatives, each alternative's terms all present —
    /// with its score. A name term weighs <see cref="SearchIndex.NameWeight"/> times a text term; rarer terms weigh more.
    /// The result is in pooled memory: dispose it when done (a broad word matches tens of thousands of slots, and a
    /// list of them per request would be large-object garbage at every search).
    /// </summary>
    public TermMatches Match(SearchQuery query)
    {
        if (query.IsEmpty) return TermMatches.Rent(0);
        var total = Math.Max(1, slots);
        TermMatches? result = null;
        foreach (var word in query.Words)
        {
            TermMatches? wordMatches = null;
            var read = new List<Postings[]>();
            foreach (var alternative in word.Alternatives)
            {
                // An alternative with a term in no entry matches nothing; one whose terms' lists are those of one already
                // read matches the same slots with the same scores.
                if (Lists(alternative) is not { } lists || read.Any(r => SameLists(r, lists))) continue;
                read.Add(lists);
                var matches = MatchAll(lists, total);
                wordMatches = wordMatches is null ? matches : Combine(wordMatches, matches, union: true);
            }
            wordMatches ??= TermMatches.Rent(0);
            result = result is null ? wordMatches : Combine(result, wordMatches, union: false);
            if (result.Count == 0) return result;
        }
        return result ?? TermMatches.Rent(0);
    }

    /// <summary>The lists of an alternative's terms, or null when a term is in no entry.</summary>
    private Postings[]? Lists(IReadOnlyList<string> terms)
    {
        var lists = new Postings[terms.Count];
        for (var i = 0; i < terms.Count; i++)
            if (postings.TryGetValue(terms[i], out var list)) lists[i] = list;
            else return null;
        return lists;
    }

    /// <summary>The same lists as often each (a term held twice adds its score twice), in any order.</summary>
    private static bool SameLists(Postings[] a, Postings[] b) =>
        a.Length == b.Length && a.All(x => a.Count(y => ReferenceEquals(x, y)) == b.Count(y => ReferenceEquals(x, y)));

    /// <summary>The slots holding every term of one alternative (their lists), intersected from the rarest term up.</summary>
    private static TermMatches MatchAll(Postings[] terms, int total)
    {
        var lists = new List<(Postings List, int Count, float Idf)>(terms.Length);
        foreach (var list in terms)
        {
            var count = list.Count; // read once: the writer may append meanwhile
            if (count == 0) return TermMatches.Rent(0);
            lists.Add((list, count, MathF.Log(1 + (float)total / count)));
        }
        lists.Sort((a, b) => a.Count.CompareTo(b.Count));
        var (first, firstCount, firstIdf) = lists[0];
        var result = TermMatches.Rent(firstCount);
        for (var i = 0; i < firstCount; i++)
            result.Add(new TermMatch(first.Slots[i], first.InNames[i] > 0, firstIdf * Weight(first.InNames[i], first.InTexts[i])));
        foreach (var (list, count, idf) in lists.Skip(1))
        {
            // In place: the kept matches never outrun the ones read.
            var kept = 0;
            var j = 0;
            for (var i = 0; i < result.Count; i++)
            {
                var match = result[i];
                j = list.Seek(match.Slot, j, count);
                if (j >= count) break;
                if (list.Slots[j] == match.Slot)
                    result.Set(kept++, new TermMatch(match.Slot, match.NameMatch && list.InNames[j] > 0, match.Score + idf * Weight(list.InNames[j], list.InTexts[j])));
            }
            result.Count = kept;
            if (kept == 0) break;
        }
        return result;
    }

    /// <summary>A term's weight in one document: saturating, so repeating a word does not outweigh having it in the name.</summary>
    private static float Weight(byte inNames, byte inTexts)
    {
        var frequency = (float)SearchIndex.NameWeight * inNames + inTexts;
        return frequency * 2.2f / (frequency + 1.2f);
    }

    /// <summary>
    /// Either alternative of a word (<paramref name="union"/>: the better score, either name match) or both words (the
    /// scores add up, a name match needs both). Disposes its inputs.
    /// </summary>
    private static TermMatches Combine(TermMatches a, TermMatches b, bool union)
    {
        var result = TermMatches.Rent(union ? a.Count + b.Count : Math.Min(a.Count, b.Count));
        int i = 0, j = 0;
        while (union ? i < a.Count || j < b.Count : i < a.Count && j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a[i].Slot < b[j].Slot)) { if (union) result.Add(a[i]); i++; }
            else if (i >= a.Count || b[j].Slot < a[i].Slot) { if (union) result.Add(b[j]); j++; }
            else
            {
                result.Add(union
                    ? new TermMatch(a[i].Slot, a[i].NameMatch || b[j].NameMatch, Math.Max(a[i].Score, b[j].Score))
                    : new TermMatch(a[i].Slot, a[i].NameMatch && b[j].NameMatch, a[i].Score + b[j].Score));
                i++;
                j++;
            }
        }
        a.Dispose();
        b.Dispose();
        return result;
    }

    /// <summary>
    /// Terms of the index that someone who typed <paramref name="word"/> may have meant, best first: terms found in
    /// names that are within two edits of it, or that begin or end with one of its compound parts
    /// ("vauvakerho" → "vauvakahvila", "perhekerho"); the more documents hold a term, the earlier it comes.
    /// </summary>
    public IReadOnlyList<string> Similar(string word, IEnumerable<string> parts, int most)
    {
        var partList = parts.Where(p => p.Length >= 4 && p != word).Distinct().ToList();
        var found = new List<(string Term, int Distance, int Frequency)>();
        foreach (var (term, list) in postings)
        {
            if (term == word || term.Length < 4 || !list.InAnyName) continue;
            var distance = word.Length >= 5 ? EditDistance.AtMost(word, term, 2) : int.MaxValue;
            if (distance > 2 && !partList.Any(p => term.Length > p.Length && (term.StartsWith(p, StringComparison.Ordinal) || term.EndsWith(p, StringComparison.Ordinal))))
                continue;
            found.Add((term, Math.Min(distance, 3), list.Count));
        }
        return found.OrderBy(f => f.Distance).ThenByDescending(f => f.Frequency).ThenBy(f => f.Term, StringComparer.Ordinal)
            .Take(most).Select(f => f.Term).ToList();
    }

    /// <summary>
    /// One term's slots and counts in three parallel arrays with room to grow. The writer fills position
    /// <see cref="Count"/> before it raises the count, so a reader that reads the count first sees whole entries.
    /// </summary>
    private sealed class Postings
    {
        private const int StepsBeforeGalloping = 8;

        public int[] Slots = new int[2];
        public byte[] InNames = new byte[2];
        public byte[] InTexts = new byte[2];
        private volatile int count;
        public bool InAnyName;

        /// <summary>Held by more than one term (<see cref="TermIndex.Trim"/>): never appended to, but copied first.</summary>
        public bool Shared;

        public int Count => count;

        /// <returns>This list, or a larger copy when it was full or shared (the caller puts the copy in its place).</returns>
        public Postings Append(int slot, byte inNames, byte inTexts)
        {
            var target = this;
            if (count == Slots.Length || Shared)
            {
                var size = Slots.Length * 2;
                target = new Postings { Slots = new int[size], InNames = new byte[size], InTexts = new byte[size], InAnyName = InAnyName };
                Array.Copy(Slots, target.Slots, count);
                Array.Copy(InNames, target.InNames, count);
                Array.Copy(InTexts, target.InTexts, count);
                target.count = count;
            }
            var at = target.count;
            target.Slots[at] = slot;
            target.InNames[at] = inNames;
            target.InTexts[at] = inTexts;
            target.InAnyName |= inNames > 0;
            target.count = at + 1;
            return target;
        }

        public Postings Trimmed() => new()
        {
            Slots = Slots[..count], InNames = InNames[..count], InTexts = InTexts[..count], count = count, InAnyName = InAnyName,
        };

        /// <summary>Lists with the same entries and counts, whatever term holds them.</summary>
        public static readonly IEqualityComparer<Postings> SameEntries = new EntriesComparer();

        private sealed class EntriesComparer : IEqualityComparer<Postings>
        {
            public bool Equals(Postings? a, Postings? b) =>
                ReferenceEquals(a, b) || (a is not null && b is not null && a.count == b.count
                    && a.Slots.AsSpan(0, a.count).SequenceEqual(b.Slots.AsSpan(0, b.count))
                    && a.InNames.AsSpan(0, a.count).SequenceEqual(b.InNames.AsSpan(0, b.count))
                    && a.InTexts.AsSpan(0, a.count).SequenceEqual(b.InTexts.AsSpan(0, b.count)));

            public int GetHashCode(Postings list)
            {
                var hash = new HashCode();
                hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(list.Slots.AsSpan(0, list.count)));
                hash.AddBytes(list.InNames.AsSpan(0, list.count));
                hash.AddBytes(list.InTexts.AsSpan(0, list.count));
                return hash.ToHashCode();
            }
        }

        /// <summary>
        /// The first position from <paramref name="from"/> whose slot is at least <paramref name="slot"/>: a few steps
        /// one by one, then galloping and a binary search. Intersecting with a common word ("perhe" is in most entries)
        /// finds the next slot a few places on, where the steps beat a search (measured 2026-12-07, decision 0042).
        /// </summary>
        public int Seek(int slot, int from, int count)
        {
            var near = Math.Min(count, from + StepsBeforeGalloping);
            for (var i = from; i < near; i++)
                if (Slots[i] >= slot) return i;
            if (near == count) return count;
            var step = 1;
            var low = near;
            var high = near;
            while (high < count && Slots[high] < slot)
            {
                low = high + 1;
                high += step;
                step *= 2;
            }
            high = Math.Min(high, count);
            var index = Array.BinarySearch(Slots, low, high - low, slot);
            return index >= 0 ? index : ~index;
        }
    }
}

/// <summary>Matches in an array from the shared pool; dispose to give it back.</summary>
public sealed class TermMatches : IDisposable
{
    private TermMatch[] items;

    private TermMatches(TermMatch[] items) => this.items = items;

    public static TermMatches Rent(int capacity) => new(capacity == 0 ? [] : System.Buffers.ArrayPool<TermMatch>.Shared.Rent(capacity));

    public int Count { get; set; }

    public TermMatch this[int index] => items[index];

    public void Add(TermMatch match) => items[Count++] = match;

    public void Set(int index, TermMatch match) => items[index] = match;

    public ReadOnlySpan<TermMatch> AsSpan() => items.AsSpan(0, Count);

    public void Dispose()
    {
        if (items.Length > 0) System.Buffers.ArrayPool<TermMatch>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}

/// <summary>Levenshtein distance with an early stop, for suggestions.</summary>
public static class EditDistance
{
    /// <summary>The distance between the words, or <paramref name="limit"/> + 1 when it is larger.</summary>
    public static int AtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowBest = Math.Min(rowBest, current[j]);
            }
            if (rowBest > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }
}

using System.Collections.Concurrent;

namespace Perheverkko.Web.Platform.Search;

/// <summary>How often one term occurs in one document's names and in its other texts (each capped at 255).</summary>
public readonly record struct TermCount(string Term, byte InNames, byte InTexts);

/// <summary>A document that matches a query: its slot, whether every query word is in its names, and its score.</summary>
public readonly record struct TermMatch(int Slot, bool NameMatch, double Score);

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

    /// <summary>How many documents (live or replaced) hold the term.</summary>
    public int DocumentFrequency(string term) => postings.TryGetValue(term, out var list) ? list.Count : 0;

    /// <summary>
    /// Every slot that matches the query — each word in one of its alternatives, each alternative's terms all present —
    /// with its score. A name term weighs <see cref="SearchIndex.NameWeight"/> times a text term; rarer terms weigh more.
    /// </summary>
    public List<TermMatch> Match(SearchQuery query)
    {
        if (query.IsEmpty) return [];
        var total = Math.Max(1, slots);
        List<TermMatch>? result = null;
        foreach (var word in query.Words)
        {
            List<TermMatch>? wordMatches = null;
            foreach (var alternative in word.Alternatives)
            {
                var matches = MatchAll(alternative, total);
                wordMatches = wordMatches is null ? matches : Union(wordMatches, matches);
            }
            result = result is null ? wordMatches ?? [] : Intersect(result, wordMatches ?? []);
            if (result.Count == 0) return result;
        }
        return result ?? [];
    }

    /// <summary>The slots holding every term of one alternative, intersected from the rarest term up.</summary>
    private List<TermMatch> MatchAll(IReadOnlyList<string> terms, int total)
    {
        var lists = new List<(Postings List, int Count, double Idf)>();
        foreach (var term in terms)
        {
            if (!postings.TryGetValue(term, out var list)) return [];
            var count = list.Count; // read once: the writer may append meanwhile
            if (count == 0) return [];
            lists.Add((list, count, Math.Log(1 + (double)total / count)));
        }
        lists.Sort((a, b) => a.Count.CompareTo(b.Count));
        var (first, firstCount, firstIdf) = lists[0];
        var result = new List<TermMatch>(firstCount);
        for (var i = 0; i < firstCount; i++)
            result.Add(new TermMatch(first.Slots[i], first.InNames[i] > 0, firstIdf * Weight(first.InNames[i], first.InTexts[i])));
        foreach (var (list, count, idf) in lists.Skip(1))
        {
            var next = new List<TermMatch>(Math.Min(result.Count, count));
            var j = 0;
            foreach (var match in result)
            {
                j = list.Seek(match.Slot, j, count);
                if (j >= count) break;
                if (list.Slots[j] == match.Slot)
                    next.Add(new TermMatch(match.Slot, match.NameMatch && list.InNames[j] > 0, match.Score + idf * Weight(list.InNames[j], list.InTexts[j])));
            }
            result = next;
            if (result.Count == 0) break;
        }
        return result;
    }

    /// <summary>A term's weight in one document: saturating, so repeating a word does not outweigh having it in the name.</summary>
    private static double Weight(byte inNames, byte inTexts)
    {
        var frequency = SearchIndex.NameWeight * inNames + inTexts;
        return frequency * 2.2 / (frequency + 1.2);
    }

    /// <summary>Either alternative of a word: the better score and either name match.</summary>
    private static List<TermMatch> Union(List<TermMatch> a, List<TermMatch> b)
    {
        var result = new List<TermMatch>(Math.Max(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a[i].Slot < b[j].Slot)) result.Add(a[i++]);
            else if (i >= a.Count || b[j].Slot < a[i].Slot) result.Add(b[j++]);
            else
            {
                result.Add(new TermMatch(a[i].Slot, a[i].NameMatch || b[j].NameMatch, Math.Max(a[i].Score, b[j].Score)));
                i++;
                j++;
            }
        }
        return result;
    }

    /// <summary>Both words: the scores add up; a name match needs both in the names.</summary>
    private static List<TermMatch> Intersect(List<TermMatch> a, List<TermMatch> b)
    {
        var result = new List<TermMatch>(Math.Min(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i].Slot < b[j].Slot) i++;
            else if (b[j].Slot < a[i].Slot) j++;
            else
            {
                result.Add(new TermMatch(a[i].Slot, a[i].NameMatch && b[j].NameMatch, a[i].Score + b[j].Score));
                i++;
                j++;
            }
        }
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
        public int[] Slots = new int[2];
        public byte[] InNames = new byte[2];
        public byte[] InTexts = new byte[2];
        private volatile int count;
        public bool InAnyName;

        public int Count => count;

        /// <returns>This list, or a larger copy when it was full (the caller puts the copy in its place).</returns>
        public Postings Append(int slot, byte inNames, byte inTexts)
        {
            var target = this;
            if (count == Slots.Length)
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

        /// <summary>The first position from <paramref name="from"/> whose slot is at least <paramref name="slot"/> (galloping, then binary search).</summary>
        public int Seek(int slot, int from, int count)
        {
            var step = 1;
            var low = from;
            var high = from;
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

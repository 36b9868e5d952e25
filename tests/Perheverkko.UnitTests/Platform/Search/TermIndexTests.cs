using Perheverkko.Testing.Search;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.UnitTests.Platform.Search;

/// <summary>
/// The in-memory index of the directory catalogue (decision 0042) answers exactly the question the databases answer:
/// the same documents for every query of the recall set, so Voikko's recall stays where RecallTests measures it.
/// </summary>
public sealed class TermIndexTests
{
    private static (TermIndex Index, List<(string Key, HashSet<string> Terms)> Slots) Load(TextAnalyser analyser)
    {
        var index = new TermIndex();
        var slots = new List<(string, HashSet<string>)>();
        foreach (var (key, document) in RecallSet.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var names = document.Names.SelectMany(t => analyser.Terms(t.Text, t.Language)).ToList();
            var texts = document.Texts.SelectMany(t => analyser.Terms(t.Text, t.Language)).ToList();
            var terms = names.Concat(texts).Distinct().Select(t => new TermCount(t, (byte)names.Count(n => n == t), (byte)texts.Count(x => x == t))).ToList();
            Assert.Equal(slots.Count, index.Add(terms));
            slots.Add((key, terms.Select(t => t.Term).ToHashSet()));
        }
        return (index, slots);
    }

    [Fact]
    public void Every_query_of_the_recall_set_finds_what_the_boolean_match_finds_with_Voikko_at_full_recall()
    {
        var analyser = new TextAnalyser(AnalyserTests.OpenVoikko(1));
        var (index, slots) = Load(analyser);
        foreach (var c in RecallSet.Cases)
        {
            var query = analyser.Query(c.Query);
            var expected = slots.Select((s, i) => (s, i)).Where(x => query.Matches(x.s.Terms)).Select(x => x.i).ToList();
            using var matches = index.Match(query);
            Assert.Equal(expected, matches.AsSpan().ToArray().Select(m => m.Slot).ToList());
        }
        var (recall, misses) = RecallSet.Measure(RecallSet.Cases,
            c => { using var found = index.Match(analyser.Query(c.Query)); return found.AsSpan().ToArray().Select(m => slots[m.Slot].Key).ToList(); });
        Assert.True(recall == 1.0, $"recall {recall:P1}: {string.Join("; ", misses)}");
    }

    /// <summary>
    /// Intersections step through a common word's list before they gallop (decision 0042): every mix of a common, a
    /// middling and a rare word, in either order and with a word missing, finds exactly the slots that hold them all.
    /// </summary>
    [Fact]
    public void Words_of_every_frequency_intersect_to_exactly_the_slots_that_hold_them_all()
    {
        var random = new Random(20261207);
        var index = new TermIndex();
        var frequencies = new Dictionary<string, double> { ["perhe"] = 0.9, ["kerho"] = 0.3, ["vauva"] = 0.1, ["muskari"] = 0.01 };
        var held = new List<HashSet<string>>();
        for (var slot = 0; slot < 5_000; slot++)
        {
            var terms = frequencies.Where(f => random.NextDouble() < f.Value).Select(f => f.Key).ToHashSet();
            index.Add(terms.Select(t => new TermCount(t, 0, 1)));
            held.Add(terms);
        }
        var words = frequencies.Keys.Append("puuttuva").ToList();
        foreach (var first in words)
            foreach (var second in words)
            {
                var query = new SearchQuery([new QueryWord(first + " " + second, [[first, second]])]);
                using var matches = index.Match(query);
                var expected = held.Select((terms, slot) => (terms, slot)).Where(x => x.terms.Contains(first) && x.terms.Contains(second)).Select(x => x.slot);
                Assert.Equal(expected, matches.AsSpan().ToArray().Select(m => m.Slot));
            }
    }

    [Fact]
    public void A_name_match_is_found_in_names_only_and_outranks_a_text_match()
    {
        var index = new TermIndex();
        var inText = index.Add([new TermCount("kerho", 0, 3), new TermCount("perhe", 0, 1)]);
        var inName = index.Add([new TermCount("kerho", 1, 0), new TermCount("perhe", 1, 0)]);
        index.Add([new TermCount("muskari", 1, 0)]);
        var matches = index.Match(new SearchQuery([new QueryWord("perhekerho", [["perhe", "kerho"]])])).AsSpan().ToArray();
        Assert.Equal([inText, inName], matches.Select(m => m.Slot));
        Assert.False(matches[0].NameMatch);
        Assert.True(matches[1].NameMatch);
        Assert.True(matches[1].Score > matches[0].Score);
    }

    [Fact]
    public void Lists_grow_past_their_room_and_keep_their_order_and_trimming_loses_nothing()
    {
        var index = new TermIndex();
        for (var i = 0; i < 1000; i++) index.Add(i % 3 == 0 ? [new TermCount("a", 1, 0), new TermCount("b", 0, 1)] : [new TermCount("a", 0, 1)]);
        index.Trim();
        index.Add([new TermCount("b", 1, 0)]);
        var both = index.Match(new SearchQuery([new QueryWord("a", [["a"]]), new QueryWord("b", [["b"]])])).AsSpan().ToArray();
        Assert.Equal(Enumerable.Range(0, 1000).Where(i => i % 3 == 0), both.Select(m => m.Slot));
        Assert.Equal(335, index.DocumentFrequency("b"));
    }

    /// <summary>
    /// Terms always indexed together ("vertais" and "vertainen", both parts of "vertaisryhmä") share one list after a
    /// load, and an alternative whose lists were read already is not read again (decision 0042): the matches and scores
    /// are those of the index without sharing, and a later entry with only one of the terms is that term's alone.
    /// </summary>
    [Fact]
    public void Terms_always_indexed_together_share_one_list_and_match_exactly_as_apart()
    {
        var random = new Random(20261207);
        var shared = new TermIndex();
        var apart = new TermIndex();
        for (var slot = 0; slot < 3_000; slot++)
        {
            var terms = new List<TermCount>();
            if (random.NextDouble() < 0.4)
            {
                var inNames = (byte)random.Next(0, 2);
                terms.Add(new TermCount("vertais", inNames, 1));
                terms.Add(new TermCount("vertainen", inNames, 1));
                if (random.NextDouble() < 0.5) terms.Add(new TermCount("vertaisryhmä", inNames, 1));
            }
            if (random.NextDouble() < 0.5) terms.Add(new TermCount("ryhmä", (byte)random.Next(0, 2), (byte)random.Next(1, 3)));
            if (random.NextDouble() < 0.9) terms.Add(new TermCount("perhe", 0, 1));
            shared.Add(terms);
            apart.Add(terms);
        }
        shared.Trim();
        Assert.Equal(1, shared.SharingTerms);

        SearchQuery[] queries =
        [
            new([new QueryWord("vertaisryhmä", [["vertaisryhmä"], ["vertais", "ryhmä"], ["vertainen", "ryhmä"]])]),
            new([new QueryWord("vertaisryhmä", [["vertainen", "ryhmä"], ["vertais", "ryhmä"]]), new QueryWord("perhe", [["perhe"]])]),
            new([new QueryWord("vertais", [["vertais", "vertainen"], ["vertais"]])]), // a term held twice counts twice
            new([new QueryWord("vertais", [["vertais"]])]),
            new([new QueryWord("vertainen", [["vertainen"]])]),
        ];
        void AllMatchAlike()
        {
            foreach (var query in queries)
            {
                using var expected = apart.Match(query);
                using var actual = shared.Match(query);
                Assert.Equal(expected.AsSpan().ToArray(), actual.AsSpan().ToArray());
            }
        }
        AllMatchAlike();

        // After the load the feed adds entries: one with only "vertais" is not "vertainen"'s.
        var next = shared.Add([new TermCount("vertais", 1, 0), new TermCount("ryhmä", 1, 0)]);
        Assert.Equal(next, apart.Add([new TermCount("vertais", 1, 0), new TermCount("ryhmä", 1, 0)]));
        AllMatchAlike();
        using (var vertainen = shared.Match(queries[4])) Assert.DoesNotContain(next, vertainen.AsSpan().ToArray().Select(m => m.Slot));
        using (var vertais = shared.Match(queries[3])) Assert.Equal(next, vertais.AsSpan()[^1].Slot);
    }

    [Fact]
    public void Suggestions_are_name_terms_close_to_the_word_or_sharing_a_compound_part()
    {
        var index = new TermIndex();
        index.Add([new TermCount("vauvakahvila", 1, 0)]);
        index.Add([new TermCount("perhekerho", 1, 0)]);
        index.Add([new TermCount("perhekerho", 1, 0)]);
        index.Add([new TermCount("kirjasto", 0, 1)]); // not in a name: never suggested
        var similar = index.Similar("vauvakerho", ["vauva", "kerho"], 5);
        Assert.Equal(["perhekerho", "vauvakahvila"], similar);
        Assert.Equal(1, EditDistance.AtMost("perhekerho", "perhekrho", 2));
        Assert.Equal(3, EditDistance.AtMost("vauvakerho", "perhekerho", 2));
    }
}

using System.Text.RegularExpressions;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.UnitTests.Platform.Search;

public sealed partial class AnalyserTests
{
    private static readonly TextAnalyser Fallback = TextAnalyser.Create(preferVoikko: false);

    [Fact]
    public void Words_are_lower_case_letters_and_digits_with_Finnish_letters_kept()
    {
        Assert.Equal(["isä", "lapsi", "ryhmä", "perhekerho", "åbo", "alle", "30", "vuotiaille"],
            Tokeniser.Words("Isä–lapsi-ryhmä, \"PERHEKERHO\"! Åbo; alle 30-vuotiaille").ToList());
    }

    [Fact]
    public void A_decomposed_letter_is_the_same_word_as_the_composed_one()
    {
        Assert.Equal(["äiti"], Tokeniser.Words("a\u0308iti").ToList());
    }

    [Fact]
    public void Overlong_runs_are_not_words()
    {
        Assert.Equal(["kerho"], Tokeniser.Words(new string('x', Tokeniser.LongestWord + 1) + " kerho").ToList());
    }

    [Theory]
    [InlineData("+perhe(perhe)+kerho(kerho)", "perhekerho", "perhe kerho")]
    [InlineData("+perhe(perhe)+valmenn(valmentaa)+us(+us)", "perhevalmennus", "perhe valmennus")]
    [InlineData("+kasvat(kasvattaa)+us(+us)+ryhmä(ryhmä)", "kasvatusryhmä", "kasvatus ryhmä")]
    [InlineData("+kohtaamis(kohdata)+paikka(paikka)", "kohtaamispaikka", "kohdata paikka")]
    [InlineData("+vertais+ryhmä(ryhmä)", "vertaisryhmä", "vertais ryhmä")]
    [InlineData("+Pieksämäki(Pieksä=mäki)", "pieksämäki", "")]
    [InlineData("+kasvat(kasvattaa)+us(+us)", "kasvatus", "")]
    public void Compound_parts_come_from_Voikkos_word_bases(string wordBases, string baseForm, string parts)
    {
        Assert.Equal(parts, string.Join(' ', VoikkoMorphology.CompoundParts(baseForm, wordBases)));
    }

    [Fact]
    public void Voikko_gives_base_forms_and_compound_parts()
    {
        var voikko = OpenVoikko(1);
        try
        {
            var kerho = voikko.Analyse("perhekerhoon");
            Assert.Contains("perhekerho", kerho.BaseForms);
            Assert.Contains(kerho.Compounds, c => c.SequenceEqual(["perhe", "kerho"]));
            Assert.Contains("savonlinna", voikko.Analyse("savonlinnassa").BaseForms);
            Assert.Equal(["lapsi"], voikko.Analyse("lasten").BaseForms);
            Assert.Contains(voikko.Analyse("perhevalmennukseen").Compounds, c => c.SequenceEqual(["perhe", "valmennus"]));
            Assert.False(voikko.Analyse("xqzvw").IsKnown);
        }
        finally
        {
            voikko.Dispose();
        }
        Assert.Throws<ObjectDisposedException>(() => voikko.Analyse("kerho"));
    }

    [Fact]
    public void Without_a_dictionary_Voikko_is_not_opened_and_says_why()
    {
        Assert.Null(VoikkoMorphology.TryOpen(2, out var problem, language: "zz"));
        Assert.Contains("no dictionary for 'zz'", problem);
    }

    [Fact]
    public async Task Voikko_handles_shared_by_threads_give_the_same_analyses_as_one_thread()
    {
        var words = RecallWords();
        using var reference = OpenVoikko(1);
        var expected = words.ToDictionary(w => w, w => Describe(reference.Analyse(w)));
        using var pooled = OpenVoikko(Math.Max(2, Environment.ProcessorCount));
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => words.Select(w => (w, Describe(pooled.Analyse(w)))).ToList())));
        foreach (var (word, analysis) in results.SelectMany(r => r)) Assert.Equal(expected[word], analysis);
    }

    [Fact]
    public void The_fallback_finds_compound_parts_only_from_known_words()
    {
        var analysis = Fallback.Analyse("perhekerhoon");
        Assert.Equal([FinnishStemmer.Stem("perhekerho")], analysis.BaseForms);
        Assert.Contains(analysis.Compounds, c => c.SequenceEqual([FinnishStemmer.Stem("perhe"), FinnishStemmer.Stem("kerho")]));
        Assert.Empty(Fallback.Analyse("kansalaisopisto").Compounds);
    }

    [Fact]
    public void Swedish_and_English_texts_are_stemmed_in_their_language()
    {
        Assert.Equal(["familjeklubb", "barnfamilj"], Fallback.Terms("Familjeklubben för barnfamiljer", "sv"));
        Assert.Equal(["famili", "playgroup", "parent"], Fallback.Terms("Family playgroup for parents", "en"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("'")]
    [InlineData("ja tai och and")]
    [InlineData("--- \"\" ** ''")]
    public void A_query_without_words_is_empty(string query)
    {
        Assert.True(Fallback.Query(query).IsEmpty);
    }

    [Theory]
    [InlineData("perhekerho\" OR \"1\"=\"1")]
    [InlineData("NEAR(perhe kerho, 2)")]
    [InlineData("kerho* -vauva")]
    [InlineData("'); DROP TABLE search_items; --")]
    [InlineData("names : perhe")]
    [InlineData("perhe & !kerho | vauva <-> isä:A")]
    [InlineData("{names texts} : ^kerho")]
    public void Hostile_queries_become_quoted_terms_only(string query)
    {
        foreach (var analyser in new[] { Fallback, TextAnalyser.Shared })
        {
            var analysed = analyser.Query(query);
            Assert.False(analysed.IsEmpty);
            // Whatever remains outside the quoted terms is the expression's own operators.
            Assert.Matches(Fts5Skeleton(), QuotedFts5().Replace(analysed.ToFts5("names"), "T"));
            Assert.Matches(TsSkeleton(), QuotedTs().Replace(analysed.ToTsQuery('A'), "T"));
        }
    }

    [Fact]
    public void A_query_of_2000_characters_counts_only_its_first_words()
    {
        var query = string.Concat(Enumerable.Range(0, 400).Select(i => $"k{i}r ")) [..2000];
        var analysed = Fallback.Query(query);
        Assert.Equal(TextAnalyser.MostQueryWords, analysed.Words.Count);
    }

    [Fact]
    public void The_cache_stays_bounded_and_keeps_frequent_words()
    {
        var cache = new AnalysisCache<int>(100);
        var created = 0;
        for (var i = 0; i < 1000; i++)
        {
            cache.GetOrAdd("frequent", _ => ++created);
            cache.GetOrAdd("word" + i, _ => 0);
        }
        Assert.True(cache.Count <= 200);
        Assert.Equal(1, created);
    }

    internal static VoikkoMorphology OpenVoikko(int handles) =>
        VoikkoMorphology.TryOpen(handles, out var problem)
        ?? throw new InvalidOperationException($"These tests need Voikko (Debian: apt-get install libvoikko1 voikko-fi; ./test.sh installs it): {problem}");

    private static List<string> RecallWords() =>
        Perheverkko.Testing.Search.RecallSet.Cases.SelectMany(c => Tokeniser.Words(c.Query))
            .Concat(Perheverkko.Testing.Search.RecallSet.Documents.Values.SelectMany(d => d.Names.Concat(d.Texts)).SelectMany(t => Tokeniser.Words(t.Text)))
            .Distinct().ToList();

    private static string Describe(FinnishWord word) =>
        string.Join(",", word.BaseForms) + "|" + string.Join(";", word.Compounds.Select(c => string.Join(",", c)));

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedFts5();

    [GeneratedRegex(@"^names : [T()\sANDOR]*$")]
    private static partial Regex Fts5Skeleton();

    [GeneratedRegex("'[^']*':A")]
    private static partial Regex QuotedTs();

    [GeneratedRegex(@"^[T()\s&|]*$")]
    private static partial Regex TsSkeleton();
}

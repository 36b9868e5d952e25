using Perheverkko.Testing.Search;
using Perheverkko.Web.Platform.Search;
using Xunit.Abstractions;

namespace Perheverkko.UnitTests.Platform.Search;

/// <summary>
/// The Finnish recall set at the analyser: a query finds a document when the query's analysis matches the document's
/// terms (the same question the databases answer; the integration tests ask them). Run with
/// <c>--logger "console;verbosity=detailed"</c> to see the figures.
/// </summary>
public sealed class RecallTests(ITestOutputHelper output)
{
    /// <summary>Without Voikko the stemmer cannot undo consonant gradation or irregular forms; this is its floor.</summary>
    public const double FallbackFloor = 0.70;

    public const double VoikkoFloor = 0.95;

    private static (double Recall, IReadOnlyList<string> Misses, IReadOnlyList<string> FalseHits) Measure(TextAnalyser analyser, IEnumerable<RecallCase> cases)
    {
        var terms = RecallSet.Documents.ToDictionary(d => d.Key, d =>
            (IReadOnlySet<string>)d.Value.Names.Concat(d.Value.Texts).SelectMany(t => analyser.Terms(t.Text, t.Language)).ToHashSet());
        IReadOnlyCollection<string> Find(RecallCase c) => terms.Where(d => analyser.Query(c.Query).Matches(d.Value)).Select(d => d.Key).ToList();
        var list = cases.ToList();
        var (recall, misses) = RecallSet.Measure(list, Find);
        var falseHits = list.Where(c => c.MustNotFind).SelectMany(c => c.Expected.Intersect(Find(c)).Select(k => $"{c.Query} found {k}")).ToList();
        return (recall, misses, falseHits);
    }

    [Fact]
    public void The_recall_set_has_at_least_40_Finnish_queries()
    {
        Assert.True(RecallSet.Cases.Count(c => !c.MustNotFind) >= 40);
        Assert.Equal(5, RecallSet.Cases.Count(c => c.Required));
    }

    [Fact]
    public void With_Voikko_every_required_example_and_nearly_all_of_the_set_are_found()
    {
        var voikko = new TextAnalyser(AnalyserTests.OpenVoikko(1));
        var required = Measure(voikko, RecallSet.Cases.Where(c => c.Required));
        var all = Measure(voikko, RecallSet.Cases);
        output.WriteLine($"Voikko: recall {all.Recall:P1} of the set, {required.Recall:P0} of the required examples");
        foreach (var miss in all.Misses) output.WriteLine("  " + miss);
        Assert.Empty(required.Misses);
        Assert.Empty(all.FalseHits);
        Assert.True(all.Recall >= VoikkoFloor, $"Voikko recall {all.Recall:P1}: {string.Join("; ", all.Misses)}");
    }

    [Fact]
    public void Without_Voikko_the_stemmer_finds_most_of_the_set()
    {
        var fallback = TextAnalyser.Create(preferVoikko: false);
        var required = Measure(fallback, RecallSet.Cases.Where(c => c.Required));
        var all = Measure(fallback, RecallSet.Cases);
        output.WriteLine($"Snowball fallback: recall {all.Recall:P1} of the set, {required.Recall:P0} of the required examples");
        foreach (var miss in all.Misses) output.WriteLine("  " + miss);
        Assert.Empty(all.FalseHits);
        Assert.True(all.Recall >= FallbackFloor, $"fallback recall {all.Recall:P1}: {string.Join("; ", all.Misses)}");
    }
}

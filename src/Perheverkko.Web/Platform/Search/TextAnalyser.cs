namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// The one analyser of the search, used both when indexing and when querying, so both databases store and look up
/// the same terms. Finnish text gives base forms and compound parts (Voikko, or the Snowball fallback), Swedish and
/// English text gives Snowball stems. A query is analysed as Finnish and, where a word could be Swedish or English,
/// as those too, so a Swedish or English text is found by its own words.
/// </summary>
public sealed class TextAnalyser
{
    /// <summary>At most this many words of a query count; the rest of a pasted essay is ignored.</summary>
    public const int MostQueryWords = 12;

    private static readonly Lazy<TextAnalyser> SharedInstance = new(() => Create(preferVoikko: true));

    private static readonly HashSet<string> StopWords =
    [
        // fi
        "ja", "tai", "sekä", "on", "ovat", "ei", "että", "kuin", "myös", "se", "ne",
        // sv
        "och", "eller", "i", "på", "för", "med", "av", "till", "att", "som", "det", "den", "ett",
        // en
        "and", "or", "the", "a", "an", "of", "for", "in", "to", "with", "at", "by",
    ];

    private readonly AnalysisCache<FinnishWord> cache;

    public TextAnalyser(IFinnishMorphology finnish, int cacheCapacity = 50_000)
    {
        Finnish = finnish;
        cache = new AnalysisCache<FinnishWord>(cacheCapacity);
    }

    /// <summary>
    /// The analyser of the process: Voikko when installed (one handle per core), otherwise Snowball. It lives as long
    /// as the process (Voikko's handles with it), so every app instance and test in one process shares it.
    /// </summary>
    public static TextAnalyser Shared => SharedInstance.Value;

    /// <summary>From the settings: <c>Search:Voikko</c> false turns Voikko off even where it is installed.</summary>
    public static TextAnalyser FromConfiguration(IConfiguration configuration) =>
        configuration.GetValue("Search:Voikko", true) ? Shared : Create(preferVoikko: false);

    public static TextAnalyser Create(bool preferVoikko, int? voikkoHandles = null)
    {
        if (!preferVoikko) return new TextAnalyser(new SnowballFinnishMorphology("Voikko not wanted"));
        var voikko = VoikkoMorphology.TryOpen(voikkoHandles ?? Environment.ProcessorCount, out var problem);
        return new TextAnalyser(voikko is null ? new SnowballFinnishMorphology(problem) : voikko);
    }

    public IFinnishMorphology Finnish { get; }

    /// <summary>"voikko" or "snowball": an index row made by one cannot be found by the other's terms.</summary>
    public string Analysis => Finnish.GivesBaseForms ? "voikko" : "snowball";

    public string Description => Finnish.Description;

    /// <summary>The index terms of one text in its language ("fi", "sv" or "en"; anything else is read as Finnish).</summary>
    public IReadOnlyList<string> Terms(string? text, string language)
    {
        var terms = new List<string>();
        foreach (var word in Tokeniser.Words(text))
        {
            if (StopWords.Contains(word)) continue;
            switch (language)
            {
                case "sv": terms.Add(Tokeniser.HasDigit(word) ? word : SwedishStemmer.Stem(word)); break;
                case "en": terms.Add(Tokeniser.HasDigit(word) ? word : EnglishStemmer.Stem(word)); break;
                default: terms.AddRange(FinnishTerms(word)); break;
            }
        }
        return terms;
    }

    private IEnumerable<string> FinnishTerms(string word)
    {
        if (Tokeniser.HasDigit(word)) return [word];
        var analysis = Analyse(word);
        return analysis.BaseForms.Concat(analysis.Compounds.SelectMany(c => c)).Distinct();
    }

    /// <summary>
    /// The word's analysis; a word Voikko does not know (a name, slang such as "muskari") is stemmed and split at
    /// known parts as without Voikko, so "perhemuskari" is still found by "muskariin".
    /// </summary>
    public FinnishWord Analyse(string word) => cache.GetOrAdd(word, w =>
    {
        var analysis = Finnish.Analyse(w);
        if (analysis.IsKnown || Finnish is SnowballFinnishMorphology) return analysis;
        var stemmed = UnknownWords.Analyse(w);
        return new FinnishWord([.. stemmed.BaseForms.Prepend(w).Distinct()], stemmed.Compounds);
    });

    private static readonly SnowballFinnishMorphology UnknownWords = new();

    /// <summary>Analyses what someone typed into the search box; an empty or meaningless query has no words.</summary>
    public SearchQuery Query(string? text)
    {
        var words = new List<QueryWord>();
        foreach (var word in Tokeniser.Words(text).Where(w => !StopWords.Contains(w)).Distinct())
        {
            if (words.Count == MostQueryWords) break;
            var alternatives = new List<IReadOnlyList<string>>();
            void Add(params string[] terms)
            {
                if (terms.Length > 0 && !alternatives.Any(a => a.SequenceEqual(terms))) alternatives.Add(terms);
            }

            if (Tokeniser.HasDigit(word)) Add(word);
            else
            {
                var analysis = Analyse(word);
                foreach (var baseForm in analysis.BaseForms) Add(baseForm);
                foreach (var parts in analysis.Compounds) Add([.. parts]);
                if (CouldBeSwedish(word)) Add(SwedishStemmer.Stem(word));
                if (CouldBeEnglish(word)) Add(EnglishStemmer.Stem(word));
            }
            words.Add(new QueryWord(word, alternatives));
        }
        return new SearchQuery(words);
    }

    private static bool CouldBeSwedish(string word) => word.All(c => c is >= 'a' and <= 'z' or 'å' or 'ä' or 'ö' or 'é');

    private static bool CouldBeEnglish(string word) => word.All(c => c is >= 'a' and <= 'z');
}

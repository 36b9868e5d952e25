namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// The fallback when Voikko is not installed: the Snowball stem as the word's "base form", and compound parts only
/// where a word begins or ends with one of a short list of words common in family services (perhe, kerho, vauva ...).
/// It does not guess parts of other long words: splitting at every position would make noise, not recall.
/// Recall is lower than with Voikko (no consonant gradation: "lasten" does not find "lapsi"); docs/search.md has the figure.
/// </summary>
public sealed class SnowballFinnishMorphology(string? whyNotVoikko = null) : IFinnishMorphology
{
    /// <summary>Known compound parts, in base form (and the genitive forms that commonly begin compounds).</summary>
    private static readonly string[] KnownParts =
    [
        "perhe", "perheiden", "lapsi", "lasten", "lapsiperhe", "nuori", "nuorten", "vauva", "isä", "äiti", "vanhempi",
        "vanhempien", "kerho", "ryhmä", "kahvila", "ilta", "päivä", "neuvola", "neuvonta", "valmennus", "kasvatus",
        "paikka", "keskus", "talo", "tila", "toiminta", "tuki", "palvelu", "vertais", "ero", "auttaminen", "kohtaamis",
        "leikki", "puisto", "liikunta", "musiikki", "kieli", "koulu", "koti", "apu", "työ", "ohjaus", "ohjaamo",
        "sosiaali", "terveys", "äitiys", "lastenneuvola", "perheneuvola", "kerhot", "retki", "leiri", "avoin",
    ];

    private static readonly (string Part, string Stem)[] Parts = KnownParts
        .Select(p => (p, FinnishStemmer.Stem(p))).OrderByDescending(p => p.p.Length).ToArray();

    private const int ShortestRest = 3;

    public string Description => "Snowball Finnish stemmer" + (whyNotVoikko is null ? "" : $" ({whyNotVoikko})");

    public bool GivesBaseForms => false;

    public FinnishWord Analyse(string word)
    {
        var stem = FinnishStemmer.Stem(word);
        var parts = Split(word);
        return new FinnishWord([stem], parts.Count >= 2 ? [parts] : []);
    }

    /// <summary>Stems of the parts: a known first part and the rest, or the rest and a known last part.</summary>
    private static List<string> Split(string word)
    {
        foreach (var (part, partStem) in Parts)
        {
            if (word.Length - part.Length >= ShortestRest && word.StartsWith(part, StringComparison.Ordinal))
            {
                var rest = word[part.Length..];
                var restParts = Split(rest);
                return [partStem, .. restParts.Count > 0 ? restParts : [FinnishStemmer.Stem(rest)]];
            }
        }
        var stem = FinnishStemmer.Stem(word);
        foreach (var (_, partStem) in Parts)
        {
            if (stem.Length - partStem.Length >= ShortestRest && stem.EndsWith(partStem, StringComparison.Ordinal) && partStem.Length >= ShortestRest)
                return [stem[..^partStem.Length], partStem];
        }
        return [];
    }
}

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// The Snowball Swedish stemmer, written from the algorithm's published description
/// (snowballstem.org/algorithms/swedish). Takes a lower-case word.
/// </summary>
public static class SwedishStemmer
{
    private const string Vowels = "aeiouyäåö";
    private const string ValidSEnding = "bcdfghjklmnoprtvy";

    private static readonly string[] Step1Endings =
    [
        "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden", "aren",
        "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes", "ens",
        "arens", "hetens", "erns", "at", "andet", "het", "ast", "s",
    ];
    private static readonly string[] Step2Endings = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"];

    public static string Stem(string word)
    {
        var r1 = RegionStart(word);
        var s = word;

        // Step 1: the longest ending in R1; an s only after a letter that may precede it.
        var ending = Longest(s, Step1Endings, r1);
        if (ending is not null && (ending != "s" || (s.Length >= 2 && ValidSEnding.Contains(s[^2]))))
            s = s[..^ending.Length];

        // Step 2: a double or paired consonant at the end of R1 loses its last letter.
        if (Longest(s, Step2Endings, r1) is not null) s = s[..^1];

        // Step 3: derivational endings.
        var derivational = Longest(s, ["lig", "ig", "els", "löst", "fullt"], r1);
        if (derivational is "löst" or "fullt") s = s[..^1];
        else if (derivational is not null) s = s[..^derivational.Length];
        return s;
    }

    /// <summary>R1: after the first non-vowel that follows a vowel, but with at least three letters before it.</summary>
    private static int RegionStart(string word)
    {
        for (var i = 0; i < word.Length - 1; i++)
            if (Vowels.Contains(word[i]) && !Vowels.Contains(word[i + 1])) return Math.Max(i + 2, 3);
        return word.Length;
    }

    private static string? Longest(string s, string[] endings, int regionStart) =>
        endings.Where(e => s.EndsWith(e, StringComparison.Ordinal) && s.Length - e.Length >= regionStart)
            .MaxBy(e => e.Length);
}

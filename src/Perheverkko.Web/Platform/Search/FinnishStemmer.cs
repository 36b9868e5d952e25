using System.Text;

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// The Snowball Finnish stemmer, written from the algorithm's published description
/// (snowballstem.org/algorithms/finnish). Used only when Voikko is not installed: it strips endings but cannot
/// undo consonant gradation or give base forms ("lasten" stays apart from "lapsi").
/// Takes a lower-case word; the steps below follow the description's numbering.
/// </summary>
public static class FinnishStemmer
{
    private const string V1 = "aeiouyäö";
    private const string V2 = "aeiouäö";
    private const string Consonants = "bcdfghjklmnpqrstvwxz";

    private static readonly string[] Particles = ["kin", "kaan", "kään", "ko", "kö", "han", "hän", "pa", "pä", "sti"];
    private static readonly string[] Possessives = ["si", "ni", "nsa", "nsä", "mme", "nne", "an", "än", "en"];
    private static readonly string[] Cases =
    [
        "han", "hen", "hin", "hon", "hän", "hön", "siin", "seen", "den", "tten", "n", "a", "ä", "tta", "ttä",
        "ta", "tä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "na", "nä", "ksi", "ine",
    ];
    private static readonly string[] OtherEndings =
        ["mpi", "mpa", "mpä", "mmi", "mma", "mmä", "impi", "impa", "impä", "immi", "imma", "immä", "eja", "ejä"];
    private static readonly string[] LongVowels = ["aa", "ee", "ii", "oo", "uu", "ää", "öö"];

    public static string Stem(string word)
    {
        if (word.Length < 2) return word;
        var s = new StringBuilder(word);
        var p1 = RegionStart(word, 0);
        var p2 = RegionStart(word, p1);

        RemoveParticle(s, p1, p2);
        RemovePossessive(s, p1);
        var caseRemoved = RemoveCaseEnding(s, p1);
        RemoveOtherEnding(s, p2);
        if (caseRemoved) RemoveIPlural(s, p1);
        else RemoveTPlural(s, p1, p2);
        Tidy(s, p1);
        return s.ToString();
    }

    /// <summary>R1 (and from R1, R2): after the first non-vowel that follows a vowel.</summary>
    private static int RegionStart(string word, int from)
    {
        for (var i = from; i < word.Length - 1; i++)
            if (V1.Contains(word[i]) && !V1.Contains(word[i + 1])) return i + 2;
        return word.Length;
    }

    /// <summary>The longest of the endings that ends the word and lies wholly at or after the region's start.</summary>
    /// <param name="condition">
    /// Where the description says an ending counts only in some context (siin, den, tten, seen), a shorter ending
    /// is tried when that context is missing; other contexts are checked after the choice, and a miss removes nothing.
    /// </param>
    private static string? LongestEnding(StringBuilder s, string[] endings, int regionStart, Func<string, int, bool>? condition = null)
    {
        string? found = null;
        foreach (var ending in endings)
            if ((found is null || ending.Length > found.Length) && EndsWith(s, ending) && s.Length - ending.Length >= regionStart &&
                (condition is null || condition(ending, s.Length - ending.Length)))
                found = ending;
        return found;
    }

    private static bool EndsWith(StringBuilder s, string ending, int end = -1)
    {
        if (end < 0) end = s.Length;
        if (end < ending.Length) return false;
        for (var i = 0; i < ending.Length; i++)
            if (s[end - ending.Length + i] != ending[i]) return false;
        return true;
    }

    private static char At(StringBuilder s, int index) => index >= 0 && index < s.Length ? s[index] : '\0';

    private static bool PrecededByAny(StringBuilder s, int end, params string[] options) => options.Any(o => EndsWith(s, o, end));

    private static void Cut(StringBuilder s, int count) => s.Length -= count;

    // Step 1: particles (kin, kaan, ko, han, pa ...) after n, t or a vowel; the adverb ending sti in R2.
    private static void RemoveParticle(StringBuilder s, int p1, int p2)
    {
        var ending = LongestEnding(s, Particles, p1);
        if (ending is null) return;
        var before = s.Length - ending.Length;
        if (ending == "sti")
        {
            if (before >= p2) Cut(s, 3);
            return;
        }
        var c = At(s, before - 1);
        if (V1.Contains(c) || c is 'n' or 't') Cut(s, ending.Length);
    }

    // Step 2: possessive suffixes.
    private static void RemovePossessive(StringBuilder s, int p1)
    {
        var ending = LongestEnding(s, Possessives, p1);
        if (ending is null) return;
        var before = s.Length - ending.Length;
        switch (ending)
        {
            case "si":
                if (At(s, before - 1) != 'k') Cut(s, 2);
                break;
            case "ni":
                Cut(s, 2);
                if (EndsWith(s, "kse")) s[^1] = 'i';
                break;
            case "nsa" or "nsä" or "mme" or "nne":
                Cut(s, ending.Length);
                break;
            case "an":
                if (PrecededByAny(s, before, "ta", "ssa", "sta", "lla", "lta", "na")) Cut(s, 2);
                break;
            case "än":
                if (PrecededByAny(s, before, "tä", "ssä", "stä", "llä", "ltä", "nä")) Cut(s, 2);
                break;
            case "en":
                if (PrecededByAny(s, before, "lle", "ine")) Cut(s, 2);
                break;
        }
    }

    private static bool LongVowelEndsAt(StringBuilder s, int end) => LongVowels.Any(l => EndsWith(s, l, end));

    private static bool VowelIEndsAt(StringBuilder s, int end) => At(s, end - 1) == 'i' && V2.Contains(At(s, end - 2));

    // Step 3: case endings. Returns whether one was removed (step 5 depends on it).
    private static bool RemoveCaseEnding(StringBuilder s, int p1)
    {
        var ending = LongestEnding(s, Cases, p1, (e, before) => e switch
        {
            "siin" or "den" or "tten" => VowelIEndsAt(s, before),
            "seen" => LongVowelEndsAt(s, before),
            _ => true,
        });
        if (ending is null) return false;
        var before = s.Length - ending.Length;
        var remove = ending switch
        {
            "han" or "hen" or "hin" or "hon" or "hän" or "hön" => At(s, before - 1) == ending[1],
            "a" or "ä" => V1.Contains(At(s, before - 1)) && Consonants.Contains(At(s, before - 2)),
            "tta" or "ttä" => At(s, before - 1) == 'e',
            _ => true,
        };
        if (!remove) return false;
        Cut(s, ending.Length);
        // The illative (taloon) and one genitive plural (naisien) also lose the vowel before the n.
        if (ending == "n" && (LongVowelEndsAt(s, s.Length) || EndsWith(s, "ie"))) Cut(s, 1);
        return true;
    }

    // Step 4: comparative and superlative forms and the agent ending, in R2.
    private static void RemoveOtherEnding(StringBuilder s, int p2)
    {
        var ending = LongestEnding(s, OtherEndings, p2);
        if (ending is null) return;
        if (ending.Length == 3 && ending[0] == 'm' && EndsWith(s, "po", s.Length - 3)) return;
        Cut(s, ending.Length);
    }

    // Step 5a: after a case ending, a plural i or j in R1.
    private static void RemoveIPlural(StringBuilder s, int p1)
    {
        if (s.Length - 1 >= p1 && At(s, s.Length - 1) is 'i' or 'j') Cut(s, 1);
    }

    // Step 5b: otherwise a plural t after a vowel in R1, and then a comparative mma or imma in R2.
    private static void RemoveTPlural(StringBuilder s, int p1, int p2)
    {
        if (s.Length - 1 < p1 || At(s, s.Length - 1) != 't' || !V1.Contains(At(s, s.Length - 2))) return;
        Cut(s, 1);
        if (EndsWith(s, "imma") && s.Length - 4 >= p2) Cut(s, 4);
        else if (EndsWith(s, "mma") && s.Length - 3 >= p2 && !EndsWith(s, "po", s.Length - 3)) Cut(s, 3);
    }

    // Step 6: tidying up.
    private static void Tidy(StringBuilder s, int p1)
    {
        bool InR1(int letters) => s.Length - letters >= p1;
        if (InR1(2) && LongVowelEndsAt(s, s.Length)) Cut(s, 1);
        if (InR1(2) && At(s, s.Length - 1) is 'a' or 'ä' or 'e' or 'i' && Consonants.Contains(At(s, s.Length - 2))) Cut(s, 1);
        if (InR1(2) && At(s, s.Length - 1) == 'j' && At(s, s.Length - 2) is 'o' or 'u') Cut(s, 1);
        if (InR1(2) && At(s, s.Length - 1) == 'o' && At(s, s.Length - 2) == 'j') Cut(s, 1);

        // Anywhere: a double consonant followed only by vowels loses one consonant (eläkk → eläk).
        var i = s.Length - 1;
        while (i >= 0 && V1.Contains(s[i])) i--;
        if (i >= 1 && Consonants.Contains(s[i]) && s[i - 1] == s[i]) s.Remove(i, 1);
    }
}

using System.Text;

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// The Snowball English ("Porter2") stemmer, written from the algorithm's published description
/// (snowballstem.org/algorithms/english). Takes a lower-case word.
/// </summary>
public static class EnglishStemmer
{
    private const string Vowels = "aeiouy";
    private const string DoubleEndings = "bdfgmnprt";
    private const string LiEndings = "cdeghkmnrt";

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };
    private static readonly HashSet<string> InvariantAfterStep1A = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    private static readonly (string Ending, string Replacement)[] Step2 =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"),
        ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"),
        ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];
    private static readonly (string Ending, string Replacement)[] Step3 =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];
    private static readonly string[] Step4 =
        ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];

    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        if (word.StartsWith('\'')) word = word[1..];
        if (Exceptions.TryGetValue(word, out var exception)) return exception;

        var s = new StringBuilder(word);
        // A y that acts as a consonant is marked Y for the rest of the algorithm.
        for (var i = 0; i < s.Length; i++)
            if (s[i] == 'y' && (i == 0 || IsVowel(s, i - 1))) s[i] = 'Y';
        var (r1, r2) = Regions(s.ToString());

        // Step 0: apostrophe endings.
        foreach (var e in new[] { "'s'", "'s", "'" })
            if (EndsWith(s, e)) { s.Length -= e.Length; break; }

        Step1A(s);
        if (InvariantAfterStep1A.Contains(s.ToString())) return s.ToString();
        Step1B(s, r1);
        // Step 1c: a final y after a consonant (not the first letter) becomes i.
        if (s.Length > 2 && s[^1] is 'y' or 'Y' && !IsVowel(s, s.Length - 2)) s[^1] = 'i';

        Replace(s, Step2, r1, (ending, before) => ending switch
        {
            "ogi" => before > 0 && s[before - 1] == 'l',
            "li" => before > 0 && LiEndings.Contains(s[before - 1]),
            _ => true,
        });
        Replace(s, Step3, r1, (ending, before) => ending != "ative" || before >= r2);

        // Step 4: in R2; ion only after s or t.
        var step4 = Step4.Where(e => EndsWith(s, e)).MaxBy(e => e.Length);
        if (step4 is not null && s.Length - step4.Length >= r2 &&
            (step4 != "ion" || (s.Length > 3 && s[s.Length - 4] is 's' or 't')))
            s.Length -= step4.Length;

        // Step 5: a final e in R2, or in R1 when not after a short syllable; a final l after l in R2.
        if (s.Length > 0 && s[^1] == 'e' && (s.Length - 1 >= r2 || (s.Length - 1 >= r1 && !EndsInShortSyllable(s, s.Length - 1))))
            s.Length--;
        else if (s.Length > 1 && s[^1] == 'l' && s.Length - 1 >= r2 && s[^2] == 'l')
            s.Length--;

        return s.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(StringBuilder s, int i) => Vowels.Contains(s[i]);

    private static bool EndsWith(StringBuilder s, string ending)
    {
        if (s.Length < ending.Length) return false;
        for (var i = 0; i < ending.Length; i++)
            if (s[s.Length - ending.Length + i] != ending[i]) return false;
        return true;
    }

    private static bool ContainsVowel(StringBuilder s, int end)
    {
        for (var i = 0; i < end; i++) if (IsVowel(s, i)) return true;
        return false;
    }

    private static (int R1, int R2) Regions(string word)
    {
        static int After(string w, int from)
        {
            for (var i = from; i < w.Length - 1; i++)
                if (Vowels.Contains(w[i]) && !Vowels.Contains(w[i + 1])) return i + 2;
            return w.Length;
        }
        var r1 = word.StartsWith("gener", StringComparison.Ordinal) ? 5
            : word.StartsWith("commun", StringComparison.Ordinal) ? 6
            : word.StartsWith("arsen", StringComparison.Ordinal) ? 5
            : After(word, 0);
        return (r1, After(word, r1));
    }

    private static void Step1A(StringBuilder s)
    {
        if (EndsWith(s, "sses")) s.Length -= 2;
        else if (EndsWith(s, "ied") || EndsWith(s, "ies")) s.Length -= s.Length > 4 ? 2 : 1;
        else if (EndsWith(s, "us") || EndsWith(s, "ss")) { }
        else if (EndsWith(s, "s") && s.Length >= 3 && ContainsVowel(s, s.Length - 2)) s.Length--;
    }

    private static void Step1B(StringBuilder s, int r1)
    {
        foreach (var e in new[] { "eedly", "eed" })
            if (EndsWith(s, e))
            {
                if (s.Length - e.Length >= r1) s.Length -= e.Length - 2;
                return;
            }
        var ending = new[] { "ingly", "edly", "ing", "ed" }.FirstOrDefault(e => EndsWith(s, e));
        if (ending is null || !ContainsVowel(s, s.Length - ending.Length)) return;
        s.Length -= ending.Length;
        if (EndsWith(s, "at") || EndsWith(s, "bl") || EndsWith(s, "iz")) s.Append('e');
        else if (s.Length >= 2 && s[^1] == s[^2] && DoubleEndings.Contains(s[^1])) s.Length--;
        else if (IsShortWord(s, r1)) s.Append('e');
    }

    private static bool IsShortWord(StringBuilder s, int r1) => r1 >= s.Length && EndsInShortSyllable(s, s.Length);

    /// <summary>
    /// A short syllable: a vowel followed by a non-vowel other than w, x or Y and preceded by a non-vowel, or a vowel
    /// at the start of the word followed by a non-vowel.
    /// </summary>
    private static bool EndsInShortSyllable(StringBuilder s, int end)
    {
        if (end == 2) return IsVowel(s, 0) && !IsVowel(s, 1);
        if (end < 3) return false;
        return !IsVowel(s, end - 3) && IsVowel(s, end - 2) && !IsVowel(s, end - 1) && s[end - 1] is not ('w' or 'x' or 'Y');
    }

    private static void Replace(StringBuilder s, (string Ending, string Replacement)[] rules, int r1, Func<string, int, bool> condition)
    {
        var rule = rules.Where(r => EndsWith(s, r.Ending)).OrderByDescending(r => r.Ending.Length).FirstOrDefault();
        if (rule.Ending is null) return;
        var before = s.Length - rule.Ending.Length;
        if (before < r1 || !condition(rule.Ending, before)) return;
        s.Length = before;
        s.Append(rule.Replacement);
    }
}

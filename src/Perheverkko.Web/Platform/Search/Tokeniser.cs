using System.Globalization;
using System.Text;

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// Splits text into lower-case words: runs of Unicode letters and digits (with any combining marks), in NFC so that
/// "ä" is one letter however it was typed. Everything else separates words, so a term never holds a quote, an
/// operator or a space: what the index and the query syntax of either database see is letters and digits only.
/// </summary>
public static class Tokeniser
{
    /// <summary>Longer runs are not words (a pasted hash, a URL's remains) and are skipped.</summary>
    public const int LongestWord = 64;

    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var normalised = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var word = new StringBuilder();
        foreach (var rune in normalised.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || (word.Length > 0 && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (word.Length is > 0 and <= LongestWord) yield return word.ToString();
            word.Clear();
        }
        if (word.Length is > 0 and <= LongestWord) yield return word.ToString();
    }

    public static bool HasDigit(string word) => word.Any(char.IsDigit);
}

namespace Perheverkko.Web.Platform.Rules;

public static class InputText
{
    /// <summary>An optional text as typed: trimmed, and null when nothing but white space was given.</summary>
    public static string? TrimmedOrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Whether a text holds characters that break what is made of it: control characters other than tab, line feed
    /// and carriage return (a NUL is refused by PostgreSQL and breaks spreadsheets, feeds and mail), the non-characters
    /// U+FFFE/U+FFFF, and the bidirectional embeddings, overrides and isolates that can make a text read differently
    /// from what it is. The marks U+200E/U+200F stay allowed for right-to-left names. Every text field checked with
    /// <see cref="InputCheck.Required"/> or <see cref="InputCheck.Optional"/> refuses them.
    /// </summary>
    public static bool HasForbiddenCharacters(string value)
    {
        foreach (var c in value)
        {
            if (c is '\t' or '\n' or '\r') continue;
            if (c < '\u0020' || c == '\u007F' || c is '\uFFFE' or '\uFFFF' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069')
                return true;
        }
        return false;
    }
}

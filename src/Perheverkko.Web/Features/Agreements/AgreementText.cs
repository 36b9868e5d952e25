using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>One numbered section as it enters the canonical text: the Finnish wording only.</summary>
public sealed record SectionText(int Number, string Title, string Body);

/// <summary>
/// The canonical form of an agreement's text and its SHA-256: what freezing fixes, what decisions and signatures
/// refer to, and what the certificate and the verify page recompute. The form is documented in docs/agreement.md
/// ("The canonical text"); changing anything here changes every hash, so it is covered by unit tests with fixed
/// expected values.
/// </summary>
public static class AgreementText
{
    /// <summary>
    /// The sections in ascending number order, each as a heading line "N. Title", an empty line and the
    /// normalised body; sections separated by one empty line; the whole text ends with one line feed.
    /// </summary>
    public static string Canonical(IEnumerable<SectionText> sections)
    {
        var builder = new StringBuilder();
        foreach (var section in sections.OrderBy(s => s.Number))
        {
            if (builder.Length > 0) builder.Append('\n');
            builder.Append(section.Number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Line(section.Title)).Append('\n');
            var body = Normalise(section.Body);
            if (body.Length > 0) builder.Append('\n').Append(body);
        }
        return Normalise(builder.ToString());
    }

    public static string Canonical(IEnumerable<AgreementSection> sections) =>
        Canonical(sections.Select(s => new SectionText(s.Number, s.Title, s.Body)));

    /// <summary>
    /// SHA-256 (lower-case hex) of the UTF-8 bytes of <paramref name="text"/> after <see cref="Normalise"/>. The
    /// canonical text is already normalised, so an uploaded copy with other line endings or trailing spaces hashes
    /// the same.
    /// </summary>
    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));

    /// <summary>
    /// Unicode NFC; CR LF and lone CR become LF; tabs and no-break spaces become spaces; within each line, leading
    /// and trailing spaces are removed and runs of spaces become one; runs of empty lines become one; no empty
    /// lines at the start or end; a non-empty text ends with exactly one LF. Idempotent.
    /// </summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(Line);
        var builder = new StringBuilder();
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0) { pendingBlank = builder.Length > 0; continue; }
            if (pendingBlank) builder.Append('\n');
            builder.Append(line).Append('\n');
            pendingBlank = false;
        }
        return builder.ToString();
    }

    /// <summary>One line: tabs and no-break spaces as spaces, runs of spaces as one, trimmed.</summary>
    private static string Line(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line.Normalize(NormalizationForm.FormC))
        {
            var ch = c is '\t' or '\u00A0' or '\u202F' or '\n' or '\r' ? ' ' : c;
            if (ch == ' ' && (builder.Length == 0 || builder[^1] == ' ')) continue;
            builder.Append(ch);
        }
        return builder.ToString().TrimEnd(' ');
    }
}

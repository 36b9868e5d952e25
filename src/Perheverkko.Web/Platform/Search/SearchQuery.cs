using System.Text;

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// One word of a query and the ways a document may contain it: each alternative is a set of terms that must all be
/// present (a base form alone, or the parts of a compound), and any one alternative is enough.
/// </summary>
public sealed record QueryWord(string Word, IReadOnlyList<IReadOnlyList<string>> Alternatives);

/// <summary>
/// An analysed query: every word must be found (AND), each in one of its alternatives (OR). The match expressions
/// for SQLite FTS5 and PostgreSQL tsquery are built only from analysed terms, which hold letters and digits and
/// nothing else, each quoted; what the user typed never reaches either syntax.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<QueryWord> Words)
{
    public static SearchQuery Empty { get; } = new([]);

    public bool IsEmpty => Words.Count == 0;

    /// <summary>Whether a document with these terms matches; the databases answer the same question.</summary>
    public bool Matches(IReadOnlySet<string> documentTerms) =>
        !IsEmpty && Words.All(w => w.Alternatives.Any(a => a.All(documentTerms.Contains)));

    /// <summary>An FTS5 MATCH expression, for example <c>("perhekerho" OR ("perhe" AND "kerho")) AND ("mikkeli")</c>.</summary>
    public string ToFts5(string? column = null)
    {
        var expression = Join(" AND ", Words.Select(w =>
            "(" + Join(" OR ", w.Alternatives.Select(a => "(" + Join(" AND ", a.Select(Fts5Phrase)) + ")")) + ")"));
        return column is null ? expression : column + " : (" + expression + ")";
    }

    /// <summary>A tsquery, for example <c>('perhekerho' | ('perhe' &amp; 'kerho')) &amp; ('mikkeli')</c>; with a weight, only lexemes of that weight match.</summary>
    public string ToTsQuery(char? weight = null)
    {
        var suffix = weight is null ? "" : ":" + weight;
        return Join(" & ", Words.Select(w =>
            "(" + Join(" | ", w.Alternatives.Select(a => "(" + Join(" & ", a.Select(t => TsLexeme(t) + suffix)) + ")")) + ")"));
    }

    private static string Join(string separator, IEnumerable<string> parts) => string.Join(separator, parts);

    /// <summary>Terms hold letters and digits only; the quote doubling is a second guard, never needed.</summary>
    private static string Fts5Phrase(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string TsLexeme(string term)
    {
        var quoted = new StringBuilder("'");
        foreach (var c in term)
        {
            if (c is '\'' or '\\') quoted.Append(c);
            quoted.Append(c);
        }
        return quoted.Append('\'').ToString();
    }
}

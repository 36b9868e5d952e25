using System.Text.RegularExpressions;

namespace Perheverkko.Web.Features.Agreements;

public enum SectionChange { Unchanged, Added, Removed, Changed }

public enum DiffKind { Same, Inserted, Deleted }

/// <summary>A run of words (with the spaces between them) that both texts share, only the newer has, or only the older had.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>One section number compared: its title and body in both versions and the word-level changes.</summary>
public sealed record SectionDiff(int Number, SectionChange Change, string? OldTitle, string? NewTitle,
    IReadOnlyList<DiffSegment> Title, IReadOnlyList<DiffSegment> Body);

public sealed record PartyRef(Guid OrganisationId, string ListedName);

public sealed record PartyListDiff(IReadOnlyList<PartyRef> Joined, IReadOnlyList<PartyRef> Left, IReadOnlyList<PartyRef> Stayed);

/// <summary>
/// The difference between two versions of the agreement: sections matched by number (added, removed, changed, with
/// word-level insertions and deletions inside a changed one) and the party list matched by organisation.
/// Pure: no database, no clock.
/// </summary>
public static partial class AgreementDiff
{
    /// <summary>Above this many word pairs a changed body is shown as one deletion and one insertion instead of a word diff.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<SectionDiff> Sections(IEnumerable<SectionText> from, IEnumerable<SectionText> to)
    {
        var older = from.ToDictionary(s => s.Number);
        var newer = to.ToDictionary(s => s.Number);
        var result = new List<SectionDiff>();
        foreach (var number in older.Keys.Union(newer.Keys).Order())
        {
            older.TryGetValue(number, out var o);
            newer.TryGetValue(number, out var n);
            var oldTitle = o is null ? "" : Clean(o.Title);
            var newTitle = n is null ? "" : Clean(n.Title);
            var oldBody = o is null ? "" : Clean(o.Body);
            var newBody = n is null ? "" : Clean(n.Body);
            var change = o is null ? SectionChange.Added : n is null ? SectionChange.Removed
                : oldTitle == newTitle && oldBody == newBody ? SectionChange.Unchanged : SectionChange.Changed;
            result.Add(new SectionDiff(number, change, o?.Title, n?.Title, Words(oldTitle, newTitle), Words(oldBody, newBody)));
        }
        return result;
    }

    public static PartyListDiff Parties(IReadOnlyList<PartyRef> from, IReadOnlyList<PartyRef> to)
    {
        var before = from.Select(p => p.OrganisationId).ToHashSet();
        var after = to.Select(p => p.OrganisationId).ToHashSet();
        return new PartyListDiff(
            to.Where(p => !before.Contains(p.OrganisationId)).ToList(),
            from.Where(p => !after.Contains(p.OrganisationId)).ToList(),
            to.Where(p => before.Contains(p.OrganisationId)).ToList());
    }

    /// <summary>
    /// Word-level difference: the texts are split into words and the whitespace after each, the longest common
    /// subsequence of words is kept, and adjacent tokens of the same kind are merged into one segment.
    /// </summary>
    public static IReadOnlyList<DiffSegment> Words(string older, string newer)
    {
        var a = Tokens(older);
        var b = Tokens(newer);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var segments = new List<DiffSegment>();
        Add(segments, DiffKind.Same, a.Take(prefix));
        var midA = a[prefix..(a.Length - suffix)];
        var midB = b[prefix..(b.Length - suffix)];
        if ((long)midA.Length * midB.Length > MaxCells)
        {
            Add(segments, DiffKind.Deleted, midA);
            Add(segments, DiffKind.Inserted, midB);
        }
        else
            foreach (var (kind, token) in Lcs(midA, midB)) Add(segments, kind, [token]);
        Add(segments, DiffKind.Same, a.Skip(a.Length - suffix));
        return segments;
    }

    private static IEnumerable<(DiffKind, string)> Lcs(string[] a, string[] b)
    {
        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { yield return (DiffKind.Same, a[x]); x++; y++; }
            else if (lengths[x + 1, y] >= lengths[x, y + 1]) yield return (DiffKind.Deleted, a[x++]);
            else yield return (DiffKind.Inserted, b[y++]);
        }
        while (x < a.Length) yield return (DiffKind.Deleted, a[x++]);
        while (y < b.Length) yield return (DiffKind.Inserted, b[y++]);
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, IEnumerable<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + token };
            else segments.Add(new DiffSegment(kind, token));
        }
    }

    /// <summary>A word with the whitespace that follows it, so that joining the tokens gives back the text.</summary>
    private static string[] Tokens(string text) => WordWithSpace().Matches(text).Select(m => m.Value).ToArray();

    private static string Clean(string text) => AgreementText.Normalise(text).TrimEnd('\n');

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WordWithSpace();
}

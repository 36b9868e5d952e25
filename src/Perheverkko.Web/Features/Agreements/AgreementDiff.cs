using System.Text.RegularExpressions;

namespace Perheverkko.Web.Features.Agreements;

public enum SectionChange { Unchanged, Added, Removed, Changed, Moved }

public enum DiffKind { Same, Inserted, Deleted }

/// <summary>A run of words (with the spaces between them) that both texts share, only the newer has, or only the older had.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// One section compared: its title and body in both versions and the word-level changes. <see cref="Number"/> is the
/// newer number (the older one for a removed section); <see cref="MovedFrom"/> the older number when it was renumbered.
/// </summary>
public sealed record SectionDiff(int Number, SectionChange Change, string? OldTitle, string? NewTitle,
    IReadOnlyList<DiffSegment> Title, IReadOnlyList<DiffSegment> Body, int? MovedFrom = null);

public sealed record PartyRef(Guid OrganisationId, string ListedName);

public sealed record PartyListDiff(IReadOnlyList<PartyRef> Joined, IReadOnlyList<PartyRef> Left, IReadOnlyList<PartyRef> Stayed);

/// <summary>
/// The difference between two versions of the agreement: sections paired by identity (same number and title; then same
/// title under another number — moved; then same number — changed in place; the rest added or removed), bodies compared
/// line by line and then word by word inside changed lines, and the party list matched by organisation.
/// Pure: no database, no clock.
/// </summary>
public static partial class AgreementDiff
{
    /// <summary>Above this many word pairs a changed body is shown as one deletion and one insertion instead of a word diff.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<SectionDiff> Sections(IEnumerable<SectionText> from, IEnumerable<SectionText> to)
    {
        var older = from.ToList();
        var newer = to.ToList();
        var pairs = new List<(SectionText? Old, SectionText? New)>();
        void Pair(Func<SectionText, SectionText, bool> same)
        {
            foreach (var n in newer.ToList())
            {
                var o = older.FirstOrDefault(o => same(o, n));
                if (o is null) continue;
                pairs.Add((o, n));
                older.Remove(o);
                newer.Remove(n);
            }
        }
        // A section that was renumbered (000 §11 became 001 §12) is the same section moved, not one removed and one added.
        Pair((o, n) => o.Number == n.Number && Clean(o.Title) == Clean(n.Title));
        Pair((o, n) => Clean(o.Title) == Clean(n.Title));
        // Moved and retitled (000 §12 "Hyvinvointialueen perhekeskukset" is 001 §11 "… perhekeskustoiminta"): most words shared.
        Pair((o, n) => Similarity(o, n) >= 0.5);
        Pair((o, n) => o.Number == n.Number);
        pairs.AddRange(newer.Select(n => ((SectionText?)null, (SectionText?)n)));
        pairs.AddRange(older.Select(o => ((SectionText?)o, (SectionText?)null)));

        return pairs.Select(p => Compare(p.Old, p.New)).OrderBy(d => d.Number).ThenBy(d => d.Change == SectionChange.Removed).ToList();
    }

    /// <summary>The share of distinct words two sections have in common (Jaccard index of their title and body words).</summary>
    private static double Similarity(SectionText a, SectionText b)
    {
        static HashSet<string> WordsOf(SectionText s) =>
            Word().Matches(Clean(s.Title) + " " + Clean(s.Body)).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        var x = WordsOf(a);
        var y = WordsOf(b);
        var union = x.Union(y).Count();
        return union == 0 ? 0 : (double)x.Intersect(y).Count() / union;
    }

    private static SectionDiff Compare(SectionText? o, SectionText? n)
    {
        var oldTitle = o is null ? "" : Clean(o.Title);
        var newTitle = n is null ? "" : Clean(n.Title);
        var oldBody = o is null ? "" : Clean(o.Body);
        var newBody = n is null ? "" : Clean(n.Body);
        var moved = o is not null && n is not null && o.Number != n.Number ? o.Number : (int?)null;
        var change = o is null ? SectionChange.Added : n is null ? SectionChange.Removed
            : oldTitle == newTitle && oldBody == newBody ? (moved is null ? SectionChange.Unchanged : SectionChange.Moved) : SectionChange.Changed;
        return new SectionDiff(n?.Number ?? o!.Number, change, o?.Title, n?.Title, Words(oldTitle, newTitle), Lines(oldBody, newBody), moved);
    }

    /// <summary>
    /// Line by line first (a list item or paragraph that both have stays whole, wherever the words around it changed),
    /// then word by word inside each run of changed lines: a party list that gained "Enonkosken kunta" shows that line
    /// inserted, not "Juvan kunta" struck through and rewritten.
    /// </summary>
    public static IReadOnlyList<DiffSegment> Lines(string older, string newer)
    {
        var a = LineTokens(older);
        var b = LineTokens(newer);
        if ((long)a.Length * b.Length > MaxCells) return Words(older, newer);
        var segments = new List<DiffSegment>();
        var deleted = new System.Text.StringBuilder();
        var inserted = new System.Text.StringBuilder();
        void Flush()
        {
            if (deleted.Length == 0 && inserted.Length == 0) return;
            foreach (var segment in Words(deleted.ToString(), inserted.ToString())) Add(segments, segment.Kind, [segment.Text]);
            deleted.Clear();
            inserted.Clear();
        }
        foreach (var (kind, line) in Lcs(a, b))
        {
            if (kind == DiffKind.Deleted) deleted.Append(line);
            else if (kind == DiffKind.Inserted) inserted.Append(line);
            else { Flush(); Add(segments, DiffKind.Same, [line]); }
        }
        Flush();
        return segments;
    }

    private static string[] LineTokens(string text) => LineWithBreak().Matches(text).Select(m => m.Value).ToArray();

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

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[^\n]*\n|[^\n]+$")]
    private static partial Regex LineWithBreak();
}

using System.Globalization;

namespace Perheverkko.Web.Platform.Statistics;

/// <summary>
/// The platform's one small-cell rule for published counts of people (decision 0028): every non-zero count under the
/// threshold is hidden (primary suppression), and then further counts are hidden until no hidden count can be worked
/// out from what is shown (complementary suppression). Tables of counts are shown with their totals; the totals take
/// part in the rule like any other count.
/// </summary>
/// <remarks>
/// <para>What a reader is assumed to know: every shown count and total, that counts are whole numbers, and that a
/// hidden count is at least 1 — zeros are always shown (a zero says nothing about a person), so a hidden count is
/// known to be non-zero. The rule guarantees that every hidden count can still take at least two values consistent
/// with all of that. It does not hide how small a hidden count may be from someone who also knows the rule's choices,
/// nor protect against what a reader knows from elsewhere; see the decision.</para>
/// <para>The algorithm, on the table extended with its totals (rows, columns, a totals row and a totals column):</para>
/// <list type="number">
/// <item>Primary: hide every count and total with 0 &lt; value &lt; threshold.</item>
/// <item>Line rule: a row or column of the extended table (including the totals row and totals column) with exactly
/// one hidden entry would give it away as its total minus the rest, so hide the smallest non-zero shown entry of that
/// line too. Repeat until no line has exactly one.</item>
/// <item>Exact check: in the extended table every line sums to its total, so another filling differs from the true one
/// by a change that keeps every line sum; the smallest such changes add and subtract 1 around a cycle of hidden
/// entries that alternates between a row and a column. A hidden entry can take another value exactly when it lies on
/// such a cycle along which every entry that decreases stays at least 1. When some entry lies on none, hide the
/// cheapest chain of shown entries (least total count) that closes such a cycle, and go back to the line rule.</item>
/// </list>
/// <para>Every step only hides more, so it ends; hiding every non-zero count and total is always safe, so it ends
/// safe.</para>
/// </remarks>
public static class SmallCells
{
    public const int DefaultThreshold = 5;

    /// <summary>
    /// What a page or an export shows instead of a hidden count: "..", the symbol Statistics Finland uses for a figure
    /// that is confidential. The same for a small count and a count hidden only to protect one, so a reader cannot
    /// tell which hidden counts are the small ones; "–" is not used because in Finnish statistics it means zero.
    /// </summary>
    public const string Marker = "..";

    /// <summary>A count as a page shows it: the number, or <see cref="Marker"/> when it is hidden.</summary>
    public static string Text(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? Marker;

    /// <summary>Applies the rule to a two-way table of counts [row, column]; the totals are computed from it.</summary>
    public static SuppressedTable Suppress(int[,] counts, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        var values = new long[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                var count = counts[r, c];
                ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
                values[r, c] = count;
                values[r, columns] += count;
                values[rows, c] += count;
                values[rows, columns] += count;
            }
        if (values[rows, columns] > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(counts), "The grand total is too large.");
        var hidden = new TwoWay(values, rows, columns).Hide(threshold);
        return new SuppressedTable(values, hidden, rows, columns, threshold);
    }

    /// <summary>Applies the rule to a two-way table given as rows of counts (all rows the same length).</summary>
    public static SuppressedTable Suppress(IReadOnlyList<IReadOnlyList<int>> rows, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = rows.Count == 0 ? 0 : rows[0].Count;
        if (rows.Any(r => r.Count != columns)) throw new ArgumentException("Every row must have the same number of columns.", nameof(rows));
        var counts = new int[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns; c++) counts[r, c] = rows[r][c];
        return Suppress(counts, threshold);
    }

    /// <summary>Applies the rule to a one-way list of counts shown with their total.</summary>
    public static SuppressedList Suppress(IReadOnlyList<int> counts, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        foreach (var count in counts) ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
        var total = counts.Sum(c => (long)c);
        if (total > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(counts), "The total is too large.");
        var n = counts.Count;
        // Entries 0..n-1 are the counts, n is the total.
        long Value(int i) => i == n ? total : counts[i];
        var hidden = new bool[n + 1];
        for (var i = 0; i <= n; i++) hidden[i] = Value(i) > 0 && Value(i) < threshold;

        // Hides the smallest non-zero shown entry that satisfies the condition (counts before the total on a tie).
        bool HideSmallest(Func<int, bool> suitable)
        {
            var best = -1;
            for (var i = 0; i <= n; i++)
                if (!hidden[i] && Value(i) > 0 && suitable(i) && (best < 0 || Value(i) < Value(best))) best = i;
            if (best < 0) return false;
            hidden[best] = true;
            return true;
        }

        while (true)
        {
            // One hidden entry in the only line (the counts and their total) is its total minus the rest.
            if (hidden.Count(h => h) == 1 && HideSmallest(_ => true)) continue;
            if (hidden[n] || hidden.Count(h => h) == 0) break; // a hidden total lets every hidden count grow with it
            // With the total shown, a hidden count moves only against another: +1 on one, −1 on the other (which
            // must stay at least 1). Hidden counts that are all 1 cannot move.
            var stuck = Enumerable.Range(0, n).Where(i => hidden[i]).All(i => Value(i) == 1);
            if (!stuck) break;
            if (!HideSmallest(i => i < n && Value(i) >= 2)) HideSmallest(i => i == n);
        }
        return new SuppressedList([.. counts], total, hidden, threshold);
    }

    /// <summary>The two-way algorithm on the table extended with its totals row (index rows) and column (index columns).</summary>
    private sealed class TwoWay(long[,] values, int rows, int columns)
    {
        private readonly bool[,] hidden = new bool[rows + 1, columns + 1];
        private int Vertices => rows + columns + 2; // rows 0..rows, then columns 0..columns

        private static int Sign(bool inTotalsRow, bool inTotalsColumn) => inTotalsRow == inTotalsColumn ? 1 : -1;
        private int Sign(int r, int c) => Sign(r == rows, c == columns);

        public bool[,] Hide(int threshold)
        {
            for (var r = 0; r <= rows; r++)
                for (var c = 0; c <= columns; c++)
                    hidden[r, c] = values[r, c] > 0 && values[r, c] < threshold;
            while (ApplyLineRule() || ProtectOne()) { }
            return hidden;
        }

        private IEnumerable<(int R, int C)> Line(int line) => line <= rows
            ? Enumerable.Range(0, columns + 1).Select(c => (line, c))
            : Enumerable.Range(0, rows + 1).Select(r => (r, line - rows - 1));

        private bool ApplyLineRule()
        {
            var changed = false;
            for (var line = 0; line < Vertices; line++)
            {
                var entries = Line(line).ToList();
                if (entries.Count(e => hidden[e.R, e.C]) != 1) continue;
                // The smallest non-zero shown entry; on a tie the first (so a count before its total). One always
                // exists: the line's hidden entry is non-zero, so its total or one of its counts is too.
                var candidates = entries.Where(e => !hidden[e.R, e.C] && values[e.R, e.C] > 0).ToList();
                if (candidates.Count == 0) continue;
                var next = candidates.MinBy(e => values[e.R, e.C]);
                hidden[next.R, next.C] = true;
                changed = true;
            }
            return changed;
        }

        // In the extended table with the totals negated (y = x for counts and the grand total, y = −total for the row
        // and column totals) every line sums to zero, so another filling differs by a circulation on the bipartite
        // graph of rows and columns whose edges are the hidden entries. Adding 1 to y on the edge (r, c) is the arc
        // r → c, subtracting 1 is c → r; the arc exists when the entry's true value x stays ≥ 1 after the change.
        private bool Increases(int r, int c) => Sign(r, c) == 1 || values[r, c] >= 2;   // y + 1
        private bool Decreases(int r, int c) => Sign(r, c) == -1 || values[r, c] >= 2;  // y − 1

        private int RowVertex(int r) => r;
        private int ColumnVertex(int c) => rows + 1 + c;

        /// <summary>Finds one hidden entry on no feasible cycle and hides the cheapest chain that puts it on one.</summary>
        private bool ProtectOne()
        {
            for (var r = 0; r <= rows; r++)
                for (var c = 0; c <= columns; c++)
                {
                    if (!hidden[r, c] || IsProtected(r, c)) continue;
                    var up = Increases(r, c) ? CheapestPath(ColumnVertex(c), RowVertex(r), (r, c)) : null;
                    var down = Decreases(r, c) ? CheapestPath(RowVertex(r), ColumnVertex(c), (r, c)) : null;
                    var path = up is null ? down : down is null ? up : Cost(up) <= Cost(down) ? up : down;
                    if (path is null || path.Count == 0)
                    {
                        // Cannot happen for a table with totals (the totals always close a cycle), but if it did,
                        // hiding every non-zero entry is safe.
                        for (var rr = 0; rr <= rows; rr++)
                            for (var cc = 0; cc <= columns; cc++)
                                if (values[rr, cc] > 0) hidden[rr, cc] = true;
                        return false;
                    }
                    foreach (var (pr, pc) in path) hidden[pr, pc] = true;
                    return true;
                }
            return false;
        }

        private long Cost(List<(int R, int C)> path) => path.Sum(e => values[e.R, e.C]);

        private bool IsProtected(int r, int c) =>
            (Increases(r, c) && CheapestPath(ColumnVertex(c), RowVertex(r), (r, c), hiddenOnly: true) is not null) ||
            (Decreases(r, c) && CheapestPath(RowVertex(r), ColumnVertex(c), (r, c), hiddenOnly: true) is not null);

        /// <summary>
        /// The path from one vertex to another over arcs of hidden entries (free) and, unless hiddenOnly, of shown
        /// non-zero entries (costing their value), leaving out the entry being protected. Returns the shown entries
        /// on it, or null when there is none.
        /// </summary>
        private List<(int R, int C)>? CheapestPath(int from, int to, (int R, int C) without, bool hiddenOnly = false)
        {
            var n = Vertices;
            var distance = Enumerable.Repeat(long.MaxValue, n).ToArray();
            var via = new (int From, int R, int C)[n];
            var done = new bool[n];
            distance[from] = 0;
            while (true)
            {
                var u = -1;
                for (var v = 0; v < n; v++)
                    if (!done[v] && distance[v] != long.MaxValue && (u < 0 || distance[v] < distance[u])) u = v;
                if (u < 0) return null;
                if (u == to) break;
                done[u] = true;
                // The entries on u's line: a row vertex reaches columns by increasing y, a column vertex reaches rows
                // by decreasing it.
                var isRow = u <= rows;
                for (var k = 0; k <= (isRow ? columns : rows); k++)
                {
                    var (r, c) = isRow ? (u, k) : (k, u - rows - 1);
                    if ((r, c) == without) continue;
                    if (!hidden[r, c] && (hiddenOnly || values[r, c] == 0)) continue;
                    if (isRow ? !Increases(r, c) : !Decreases(r, c)) continue;
                    var v = isRow ? ColumnVertex(c) : RowVertex(r);
                    var step = hidden[r, c] ? 0 : values[r, c];
                    if (distance[u] + step < distance[v])
                    {
                        distance[v] = distance[u] + step;
                        via[v] = (u, r, c);
                    }
                }
            }
            var path = new List<(int R, int C)>();
            for (var v = to; v != from; v = via[v].From)
                if (!hidden[via[v].R, via[v].C]) path.Add((via[v].R, via[v].C));
            return path;
        }
    }
}

/// <summary>A two-way table after the small-cell rule: each count and total is its value when shown, null when hidden.</summary>
public sealed class SuppressedTable
{
    private readonly long[,] values;
    private readonly bool[,] hidden;

    internal SuppressedTable(long[,] values, bool[,] hidden, int rows, int columns, int threshold)
    {
        this.values = values;
        this.hidden = hidden;
        Rows = rows;
        Columns = columns;
        Threshold = threshold;
    }

    public int Rows { get; }
    public int Columns { get; }
    public int Threshold { get; }

    public int? Cell(int row, int column) => Entry(Check(row, Rows), Check(column, Columns));
    public int? RowTotal(int row) => Entry(Check(row, Rows), Columns);
    public int? ColumnTotal(int column) => Entry(Rows, Check(column, Columns));
    public int? GrandTotal => Entry(Rows, Columns);

    /// <summary>How many counts (not totals) are hidden.</summary>
    public int HiddenCells
    {
        get
        {
            var n = 0;
            for (var r = 0; r < Rows; r++)
                for (var c = 0; c < Columns; c++) if (hidden[r, c]) n++;
            return n;
        }
    }

    private int? Entry(int r, int c) => hidden[r, c] ? null : (int)values[r, c];

    private static int Check(int index, int count) =>
        index >= 0 && index < count ? index : throw new ArgumentOutOfRangeException(nameof(index), index, $"Must be 0…{count - 1}.");
}

/// <summary>A one-way list of counts after the small-cell rule: each count and the total, null when hidden.</summary>
public sealed class SuppressedList
{
    private readonly int[] counts;
    private readonly long total;
    private readonly bool[] hidden;

    internal SuppressedList(int[] counts, long total, bool[] hidden, int threshold)
    {
        this.counts = counts;
        this.total = total;
        this.hidden = hidden;
        Threshold = threshold;
    }

    public int Count => counts.Length;
    public int Threshold { get; }

    public int? Item(int index) =>
        index >= 0 && index < counts.Length
            ? hidden[index] ? null : counts[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"Must be 0…{counts.Length - 1}.");

    public int? Total => hidden[counts.Length] ? null : (int)total;

    /// <summary>The counts in order, null where hidden.</summary>
    public IReadOnlyList<int?> Items => [.. Enumerable.Range(0, counts.Length).Select(Item)];
}

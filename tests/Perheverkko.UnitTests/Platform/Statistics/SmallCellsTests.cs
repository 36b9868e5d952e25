using Perheverkko.Web.Platform.Statistics;

namespace Perheverkko.UnitTests.Platform.Statistics;

public class SmallCellsTests
{
    [Fact]
    public void A_cell_of_three_answers_is_hidden_with_the_cells_it_could_be_derived_from()
    {
        // Contacts by municipality (rows) and topic (columns).
        int[,] counts =
        {
            { 12, 8, 20 },  // Mikkeli
            { 3, 9, 15 },   // Juva
            { 10, 7, 11 },  // Pieksämäki
        };

        var table = SmallCells.Suppress(counts);

        Assert.Null(table.Cell(1, 0));
        // Juva's total minus its other cells, and the topic's total minus its other cells, would give the 3: so
        // one more cell in Juva's row and one more in the topic's column are hidden, and a fourth so that those two
        // cannot be derived either (the smallest in each line).
        Assert.Null(table.Cell(1, 1));
        Assert.Null(table.Cell(2, 0));
        Assert.Null(table.Cell(2, 1));
        Assert.Equal(4, table.HiddenCells);
        Assert.Equal(12, table.Cell(0, 0));
        Assert.Equal(15, table.Cell(1, 2));
        Assert.Equal(27, table.RowTotal(1));
        Assert.Equal(25, table.ColumnTotal(0));
        Assert.Equal(95, table.GrandTotal);
        Assert.Empty(Disclosed(counts, table));
    }

    [Fact]
    public void A_table_without_small_counts_is_shown_whole_and_zeros_are_always_shown()
    {
        int[,] counts = { { 0, 5, 7 }, { 6, 0, 0 } };

        var table = SmallCells.Suppress(counts);

        Assert.Equal(0, table.HiddenCells);
        Assert.Equal(0, table.Cell(0, 0));
        Assert.Equal(12, table.RowTotal(0));
        Assert.Equal(7, table.ColumnTotal(2));
        Assert.Equal(18, table.GrandTotal);
    }

    [Fact]
    public void A_hidden_count_beside_a_shown_zero_has_a_partner_hidden_in_its_row()
    {
        // Row 0: zero, 3, 8. With the zero shown, the 3 would be the row total minus 8: the 8 is hidden too.
        int[,] counts = { { 0, 3, 8 }, { 9, 6, 10 } };

        var table = SmallCells.Suppress(counts);

        Assert.Equal(0, table.Cell(0, 0));
        Assert.Null(table.Cell(0, 1));
        Assert.Null(table.Cell(0, 2));
        Assert.Empty(Disclosed(counts, table));
    }

    [Fact]
    public void A_small_total_is_hidden_and_its_line_protected_too()
    {
        // Row 0 totals 4: the total is hidden, and so is more than the cells under 5 alone would need.
        int[,] counts = { { 1, 3, 0 }, { 10, 12, 9 }, { 8, 6, 14 } };

        var table = SmallCells.Suppress(counts);

        Assert.Null(table.RowTotal(0));
        Assert.Null(table.Cell(0, 0));
        Assert.Null(table.Cell(0, 1));
        Assert.Equal(0, table.Cell(0, 2));
        Assert.Empty(Disclosed(counts, table));
    }

    [Fact]
    public void Hidden_ones_that_could_only_be_ones_are_not_left_so()
    {
        // Four hidden 1s in a square with every total shown: each row and column has two hidden counts summing to 2,
        // and since a hidden count is never 0 (zeros are shown) both must be 1. The rule hides more.
        int[,] counts = { { 1, 1, 20 }, { 1, 1, 30 }, { 25, 40, 50 } };
        var square = new HashSet<(int, int)> { (0, 0), (0, 1), (1, 0), (1, 1) };
        Assert.Equal(4, Disclosed(counts, (r, c) => square.Contains((r, c))).Count); // the naive pattern gives all four away

        var table = SmallCells.Suppress(counts);

        Assert.True(table.HiddenCells > 4 || table.RowTotal(0) is null || table.ColumnTotal(0) is null);
        Assert.Empty(Disclosed(counts, table));
    }

    [Fact]
    public void Two_protected_blocks_joined_by_one_cell_do_not_give_that_cell_away()
    {
        // Every row and column with a hidden count has at least two, yet (0, 2) alone joins the two blocks of small
        // counts: rows 0–1 and columns 0–1 fix the sum of the first block, row 1 fixes its lower half, so row 0's
        // total minus its upper half gives (0, 2). Counting hidden cells per line is not enough.
        int[,] counts =
        {
            { 2, 3, 4, 20, 30 },
            { 3, 2, 25, 40, 20 },
            { 30, 20, 2, 3, 25 },
            { 20, 30, 3, 2, 40 },
            { 25, 40, 30, 20, 30 },
        };
        var linesOnly = new HashSet<(int, int)> { (0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3) };
        Assert.Contains("(0, 2)", Disclosed(counts, (r, c) => linesOnly.Contains((r, c))));

        var table = SmallCells.Suppress(counts);

        Assert.Null(table.Cell(0, 2));
        Assert.Empty(Disclosed(counts, table));
    }

    [Fact]
    public void A_tiny_table_hides_every_count_and_total_that_is_not_zero()
    {
        int[,] counts = { { 1, 0 }, { 2, 1 } };

        var table = SmallCells.Suppress(counts);

        Assert.Null(table.GrandTotal);
        Assert.Null(table.Cell(0, 0));
        Assert.Equal(0, table.Cell(0, 1));
        Assert.Null(table.Cell(1, 0));
        Assert.Empty(Disclosed(counts, table));
    }

    [Fact]
    public void An_empty_table_and_a_table_of_zeros_show_everything()
    {
        var empty = SmallCells.Suppress(new int[0, 0]);
        Assert.Equal(0, empty.GrandTotal);
        var zeros = SmallCells.Suppress(new int[2, 3]);
        Assert.Equal(0, zeros.HiddenCells);
        Assert.Equal(0, zeros.GrandTotal);
        Assert.Equal(0, zeros.RowTotal(1));
    }

    [Fact]
    public void The_threshold_can_be_set_and_bad_input_is_refused()
    {
        int[,] counts = { { 6, 12 }, { 15, 20 } };
        Assert.Equal(0, SmallCells.Suppress(counts).HiddenCells);
        Assert.Null(SmallCells.Suppress(counts, threshold: 10).Cell(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCells.Suppress(new[,] { { -1 } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCells.Suppress(counts, threshold: 0));
        Assert.Throws<ArgumentException>(() => SmallCells.Suppress([[1, 2], [3]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCells.Suppress(counts).Cell(2, 0));
    }

    [Fact]
    public void Rows_of_counts_give_the_same_table_as_an_array()
    {
        var fromRows = SmallCells.Suppress([[12, 8, 20], [3, 9, 15], [10, 7, 11]]);
        Assert.Null(fromRows.Cell(1, 0));
        Assert.Equal(4, fromRows.HiddenCells);
    }

    [Fact]
    public void Pages_show_the_marker_for_a_hidden_count()
    {
        Assert.Equal("..", SmallCells.Text(null));
        Assert.Equal(SmallCells.Marker, SmallCells.Text(null));
        Assert.Equal("1234", SmallCells.Text(1234));
        Assert.Equal("0", SmallCells.Text(0));
    }

    [Fact]
    public void Random_tables_never_leave_a_hidden_count_determined_by_what_is_shown()
    {
        var random = new Random(20261205);
        for (var run = 0; run < 400; run++)
        {
            int rows = random.Next(1, 5), columns = random.Next(1, 5);
            var counts = new int[rows, columns];
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                    counts[r, c] = random.Next(10) switch { < 2 => 0, < 6 => random.Next(1, 5), _ => random.Next(5, 30) };

            var table = SmallCells.Suppress(counts);

            var disclosed = Disclosed(counts, table);
            Assert.True(disclosed.Count == 0, $"Run {run}: {Show(counts)} gives away {string.Join(", ", disclosed)}");
            // Every shown count is zero or at least the threshold.
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                    Assert.True(table.Cell(r, c) is null or 0 or >= SmallCells.DefaultThreshold, $"Run {run}: ({r}, {c})");
            foreach (var total in Enumerable.Range(0, rows).Select(table.RowTotal).Concat(Enumerable.Range(0, columns).Select(table.ColumnTotal)).Append(table.GrandTotal))
                Assert.True(total is null or 0 or >= SmallCells.DefaultThreshold, $"Run {run}: a small total is shown");
        }
    }

    [Fact]
    public void Larger_random_tables_with_many_small_counts_are_protected_too()
    {
        var random = new Random(112);
        for (var run = 0; run < 120; run++)
        {
            int rows = random.Next(2, 7), columns = random.Next(2, 6);
            var counts = new int[rows, columns];
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                    counts[r, c] = random.Next(10) switch { < 3 => 0, < 7 => random.Next(1, 4), _ => random.Next(4, 15) };

            var table = SmallCells.Suppress(counts);

            var disclosed = Disclosed(counts, table);
            Assert.True(disclosed.Count == 0, $"Run {run}: {Show(counts)} gives away {string.Join(", ", disclosed)}");
        }
    }

    [Fact]
    public void A_year_of_contacts_by_month_and_municipality_is_suppressed_quickly()
    {
        // 12 months × 40 municipalities, mostly small counts: the worst case for the number of hidden cells.
        var random = new Random(7);
        var counts = new int[12, 40];
        for (var r = 0; r < 12; r++)
            for (var c = 0; c < 40; c++) counts[r, c] = random.Next(0, 9);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var table = SmallCells.Suppress(counts);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.True(table.HiddenCells > 0);
        for (var r = 0; r < 12; r++)
            for (var c = 0; c < 40; c++)
                Assert.True(table.Cell(r, c) is null or 0 or >= 5);
    }

    [Fact]
    public void A_list_hides_a_small_count_and_the_next_smallest()
    {
        var list = SmallCells.Suppress([14, 3, 0, 22, 9]);

        Assert.Equal([14, null, 0, 22, null], list.Items);
        Assert.Equal(48, list.Total);
        Assert.Equal(5, list.Count);
        Assert.Empty(DisclosedInList([14, 3, 0, 22, 9], list));
    }

    [Fact]
    public void A_list_of_ones_is_not_left_solvable()
    {
        // 1 and 1 hidden with the total shown: both must be 1 (a hidden count is never 0).
        var list = SmallCells.Suppress([1, 1, 0, 12, 30]);

        Assert.Null(list.Item(3));
        Assert.Empty(DisclosedInList([1, 1, 0, 12, 30], list));
    }

    [Fact]
    public void A_list_with_a_small_total_hides_it_and_its_counts()
    {
        var list = SmallCells.Suppress([1, 0, 3]);
        Assert.Equal([null, 0, null], list.Items);
        Assert.Null(list.Total);

        var single = SmallCells.Suppress([3]);
        Assert.Null(single.Item(0));
        Assert.Null(single.Total);
    }

    [Fact]
    public void Random_lists_never_leave_a_hidden_count_determined()
    {
        var random = new Random(15);
        for (var run = 0; run < 500; run++)
        {
            var counts = Enumerable.Range(0, random.Next(1, 7))
                .Select(_ => random.Next(10) switch { < 2 => 0, < 6 => random.Next(1, 5), _ => random.Next(5, 30) }).ToArray();

            var list = SmallCells.Suppress(counts);

            var disclosed = DisclosedInList(counts, list);
            Assert.True(disclosed.Count == 0, $"Run {run}: [{string.Join(", ", counts)}] gives away {string.Join(", ", disclosed)}");
            Assert.All(list.Items, i => Assert.True(i is null or 0 or >= SmallCells.DefaultThreshold));
        }
    }

    // ---- An independent check by brute force ----
    // A reader knows every shown count and total, that counts are whole numbers, and that a hidden one is at least 1
    // (zeros are shown). A hidden entry is disclosed when every filling of the hidden entries consistent with that
    // gives it the same value. We search fillings with every hidden count within 1 of its true value: any filling
    // found is a real one, so an entry seen with two values is certainly not disclosed.

    private static List<string> Disclosed(int[,] counts, SuppressedTable table) =>
        Disclosed(counts, (r, c) =>
            r < table.Rows && c < table.Columns ? table.Cell(r, c) is null
            : r < table.Rows ? table.RowTotal(r) is null
            : c < table.Columns ? table.ColumnTotal(c) is null
            : table.GrandTotal is null);

    /// <summary>The hidden entries of the table extended with totals (index rows/columns = totals) that are disclosed.</summary>
    private static List<string> Disclosed(int[,] counts, Func<int, int, bool> hiddenAt)
    {
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        var hiddenCells = new List<(int R, int C)>();
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                if (hiddenAt(r, c)) hiddenCells.Add((r, c));
        int RowSum(int[,] t, int r) => Enumerable.Range(0, columns).Sum(c => t[r, c]);
        int ColumnSum(int[,] t, int c) => Enumerable.Range(0, rows).Sum(r => t[r, c]);
        int Entry(int[,] t, int r, int c) =>
            r < rows && c < columns ? t[r, c] : r < rows ? RowSum(t, r) : c < columns ? ColumnSum(t, c) : Enumerable.Range(0, rows).Sum(rr => RowSum(t, rr));

        var hiddenEntries = new List<(int R, int C)>();
        for (var r = 0; r <= rows; r++)
            for (var c = 0; c <= columns; c++)
                if (hiddenAt(r, c)) hiddenEntries.Add((r, c));
        var seen = hiddenEntries.ToDictionary(e => e, e => new HashSet<int> { Entry(counts, e.R, e.C) });

        // Looks for a consistent filling in which the target entry differs from the truth; records what it finds.
        bool FindOtherFilling((int R, int C) target)
        {
            var filling = (int[,])counts.Clone();
            var order = hiddenCells.OrderBy(h => h == target ? 0 : 1).ToList();
            var assigned = new bool[rows, columns];

            bool Consistent(int r, int c)
            {
                // A row or column whose hidden cells are all set must add up to its shown total (or be ≥ 1 if hidden).
                if (hiddenCells.Where(h => h.R == r).All(h => assigned[h.R, h.C]))
                    if (hiddenAt(r, columns) ? RowSum(filling, r) < 1 : RowSum(filling, r) != RowSum(counts, r)) return false;
                if (hiddenCells.Where(h => h.C == c).All(h => assigned[h.R, h.C]))
                    if (hiddenAt(rows, c) ? ColumnSum(filling, c) < 1 : ColumnSum(filling, c) != ColumnSum(counts, c)) return false;
                return true;
            }

            bool Search(int index)
            {
                if (index == order.Count)
                {
                    var grand = Entry(filling, rows, columns);
                    if (hiddenAt(rows, columns) ? grand < 1 : grand != Entry(counts, rows, columns)) return false;
                    if (Entry(filling, target.R, target.C) == Entry(counts, target.R, target.C)) return false;
                    foreach (var e in hiddenEntries) seen[e].Add(Entry(filling, e.R, e.C));
                    return true;
                }
                var (row, column) = order[index];
                var truth = counts[row, column];
                foreach (var value in new[] { truth, truth + 1, truth - 1 })
                {
                    if (value < 1 || (value == truth && (row, column) == target)) continue;
                    filling[row, column] = value;
                    assigned[row, column] = true;
                    if (Consistent(row, column) && Search(index + 1)) return true;
                    assigned[row, column] = false;
                }
                filling[row, column] = truth;
                return false;
            }

            return Search(0);
        }

        foreach (var entry in hiddenEntries)
            if (seen[entry].Count < 2) FindOtherFilling(entry);
        return [.. hiddenEntries.Where(e => seen[e].Count < 2).Select(e => $"({e.R}, {e.C})")];
    }

    private static List<string> DisclosedInList(int[] counts, SuppressedList list)
    {
        // A list is a table of one row whose columns have no totals of their own: the same search on one row, with
        // each column total hidden (it would equal the count).
        var table = new int[1, counts.Length];
        for (var i = 0; i < counts.Length; i++) table[0, i] = counts[i];
        return Disclosed(table, (r, c) =>
            r == 0 && c < counts.Length ? list.Item(c) is null
            : r == 0 ? list.Total is null
            : c < counts.Length ? list.Item(c) is null
            : list.Total is null)
            .Where(e => !e.StartsWith("(1,", StringComparison.Ordinal)).ToList();
    }

    private static string Show(int[,] counts) =>
        string.Join(" / ", Enumerable.Range(0, counts.GetLength(0)).Select(r => string.Join(" ", Enumerable.Range(0, counts.GetLength(1)).Select(c => counts[r, c]))));
}

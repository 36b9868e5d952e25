using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Perheverkko.Web.Platform.Statistics;

namespace Perheverkko.Web.Platform.Documents;

/// <summary>One cell of an exported table: text, or a number that a spreadsheet can compute with.</summary>
public readonly record struct TableCell
{
    private TableCell(string? text, decimal? number)
    {
        Text = text;
        Number = number;
    }

    /// <summary>The cell's text when it is not a number (empty for a missing value).</summary>
    public string? Text { get; }

    public decimal? Number { get; }

    public static TableCell Of(string? text) => new(text ?? "", null);
    public static TableCell Of(decimal number) => new(null, number);

    /// <summary>A count after the small-cell rule: the number, or <see cref="SmallCells.Marker"/> as text when hidden.</summary>
    public static TableCell Count(int? count) => count is { } n ? new(null, n) : new(SmallCells.Marker, null);

    public static implicit operator TableCell(string? text) => Of(text);
    public static implicit operator TableCell(int number) => Of(number);
    public static implicit operator TableCell(decimal number) => Of(number);
}

/// <summary>A table to download: its title (the sheet's name and the document's title), headers, rows and notes below it.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
{
    /// <summary>Lines shown under the table after an empty row, e.g. what <see cref="SmallCells.Marker"/> means.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// A suppressed two-way table as it is downloaded: a first column of row labels (headed by
    /// <paramref name="corner"/>), a column per column label, a totals column, and a totals row last; hidden counts
    /// and totals as <see cref="SmallCells.Marker"/>.
    /// </summary>
    public static ExportTable FromCounts(string title, string corner, IReadOnlyList<string> rowLabels,
        IReadOnlyList<string> columnLabels, SuppressedTable counts, string totalLabel)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (rowLabels.Count != counts.Rows || columnLabels.Count != counts.Columns)
            throw new ArgumentException("There must be a label for every row and every column.");
        var rows = new List<IReadOnlyList<TableCell>>();
        for (var r = 0; r < counts.Rows; r++)
            rows.Add([rowLabels[r], .. Enumerable.Range(0, counts.Columns).Select(c => TableCell.Count(counts.Cell(r, c))), TableCell.Count(counts.RowTotal(r))]);
        rows.Add([totalLabel, .. Enumerable.Range(0, counts.Columns).Select(c => TableCell.Count(counts.ColumnTotal(c))), TableCell.Count(counts.GrandTotal)]);
        return new ExportTable(title, [corner, .. columnLabels, totalLabel], rows);
    }

    /// <summary>A suppressed list as it is downloaded: a row per label with its count, and a totals row last.</summary>
    public static ExportTable FromCounts(string title, string labelHeader, string countHeader, IReadOnlyList<string> labels,
        SuppressedList counts, string totalLabel)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (labels.Count != counts.Count) throw new ArgumentException("There must be a label for every count.", nameof(labels));
        return new ExportTable(title, [labelHeader, countHeader],
            [.. labels.Select((label, i) => (IReadOnlyList<TableCell>)[label, TableCell.Count(counts.Item(i))]), [totalLabel, TableCell.Count(counts.Total)]]);
    }
}

/// <summary>
/// The one way the platform offers a table for download: CSV for Excel in Finnish use, and XLSX (decision 0028).
/// </summary>
/// <remarks>
/// <para>CSV is written the way Excel with Finnish regional settings opens it by double-click: UTF-8 with a byte order
/// mark (without it Excel reads the file as Windows-1252 and ä and ö break), fields separated by a semicolon (the
/// list separator of the Finnish locale, because the comma is its decimal separator), numbers with a decimal comma,
/// CRLF line ends, and a field quoted (with inner quotes doubled) when it holds a semicolon, a quote or a line break.
/// No "sep=;" line: Excel then ignores the byte order mark. The title is not in the file (it is the file name); the
/// first line is the headers. Text that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe,
/// so that a spreadsheet does not run it as a formula (CSV injection); numbers are numbers and are not changed.</para>
/// <para>XLSX has one sheet per table with the headers in bold on the first row, numbers as numbers and text as inline
/// strings — a spreadsheet never evaluates a string cell, so it needs no apostrophe. Characters that XML cannot hold
/// (control characters) are left out of both formats.</para>
/// </remarks>
public static class TableExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const char Separator = ';';

    public static byte[] Csv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        Line(csv, table.Headers.Select(CsvText));
        foreach (var row in table.Rows) Line(csv, row.Select(CsvField));
        if (table.Notes.Count > 0)
        {
            csv.Append("\r\n");
            foreach (var note in table.Notes) Line(csv, [CsvText(note)]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] Xlsx(ExportTable table) => Xlsx([table]);

    /// <summary>A workbook with one sheet per table, in order; the document's title is the first table's.</summary>
    public static byte[] Xlsx(IReadOnlyList<ExportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0) throw new ArgumentException("A workbook needs at least one table.", nameof(tables));
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = XmlSafe(tables[0].Title);
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(table.Headers.Select(h => TextCell(h, bold: true))));
                foreach (var row in table.Rows) data.Append(Row(row.Select(XlsxCell)));
                if (table.Notes.Count > 0)
                {
                    data.Append(new Row());
                    foreach (var note in table.Notes) data.Append(Row([TextCell(note)]));
                }
                sheetPart.Worksheet = new Worksheet(Widths(table), data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = (uint)(i + 1), Name = SheetName(table.Title, i + 1, names) });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A download's file name from a title: lower-case ASCII letters, digits and dashes (ä → a, å → a, ö → o).</summary>
    public static string FileName(string title, string extension)
    {
        var name = new StringBuilder();
        foreach (var ch in (title ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') name.Append(ch);
            else if (name.Length > 0 && name[^1] != '-') name.Append('-');
        }
        var stem = name.ToString().Trim('-');
        if (stem.Length > 80) stem = stem[..80].TrimEnd('-');
        return $"{(stem.Length == 0 ? "taulukko" : stem)}.{extension.TrimStart('.')}";
    }

    // ---- CSV ----

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(Separator, fields);
        csv.Append("\r\n");
    }

    private static string CsvField(TableCell cell) =>
        // The decimal comma by hand rather than fi-FI formatting, which writes a minus as U+2212 that Excel does not read.
        cell.Number is { } number ? number.ToString(CultureInfo.InvariantCulture).Replace('.', ',') : CsvText(cell.Text);

    private static string CsvText(string? text)
    {
        var value = XmlSafe(text ?? "");
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    // ---- XLSX ----

    private static Row Row(IEnumerable<Cell> cells) => new(cells);

    private static Cell XlsxCell(TableCell cell) =>
        cell.Number is { } number
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) }
            : TextCell(cell.Text);

    /// <summary>Inline strings: no shared-string table to keep in step, and every reader opens them.</summary>
    private static Cell TextCell(string? text, bool bold = false) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(text ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = bold ? (UInt32Value)1U : null,
    };

    /// <summary>Style 0 is the default, style 1 bold (the headers).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

    /// <summary>Column widths from the longest text in each column, so a table opens readable.</summary>
    private static Columns Widths(ExportTable table)
    {
        var count = Math.Max(table.Headers.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        var columns = new Columns();
        for (var i = 0; i < Math.Max(count, 1); i++)
        {
            var longest = table.Rows.Select(r => i < r.Count ? Length(r[i]) : 0).Append(i < table.Headers.Count ? table.Headers[i].Length : 0).Max();
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(longest + 2, 8, 60), CustomWidth = true });
        }
        return columns;
    }

    private static int Length(TableCell cell) => cell.Number is { } n ? n.ToString(CultureInfo.InvariantCulture).Length : (cell.Text ?? "").Length;

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, not empty, unique in the workbook.</summary>
    private static string SheetName(string title, int position, HashSet<string> taken)
    {
        var name = new string(XmlSafe(title ?? "").Where(ch => ch is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim().Trim('\'');
        if (name.Length > 31) name = name[..31].Trim();
        if (name.Length == 0) name = $"Taulukko {position}";
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            var suffix = $" ({n})";
            unique = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return unique;
    }

    /// <summary>Leaves out what XML 1.0 cannot hold (control characters, unpaired surrogates); tab and line breaks stay.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) safe.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }
        return safe.ToString();
    }
}

using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Statistics;

namespace Perheverkko.UnitTests.Platform.Documents;

public class TableExportTests
{
    private static readonly ExportTable Contacts = new(
        "Yhteydenotot kunnittain 2026",
        ["Kunta", "Yhteydenottoja", "Vastattu ajoissa (%)"],
        [
            ["Mikkeli", 42, 95.5m],
            ["Juva", TableCell.Count(null), TableCell.Count(null)],
            ["Pieksämäki; Kangasniemi", TableCell.Count(12), -1.25m],
            ["Sanoi \"hei\"\nja lähti", 0, ""],
        ])
    {
        Notes = [".. = alle 5 tai siitä laskettavissa"],
    };

    [Fact]
    public void Csv_is_UTF8_with_a_byte_order_mark_semicolons_and_decimal_commas_for_Finnish_Excel()
    {
        var bytes = TableExport.Csv(Contacts);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "Kunta;Yhteydenottoja;Vastattu ajoissa (%)\r\n" +
            "Mikkeli;42;95,5\r\n" +
            "Juva;..;..\r\n" +
            "\"Pieksämäki; Kangasniemi\";12;-1,25\r\n" +
            "\"Sanoi \"\"hei\"\"\nja lähti\";0;\r\n" +
            "\r\n" +
            ".. = alle 5 tai siitä laskettavissa\r\n",
            text);
    }

    [Fact]
    public void Csv_reads_back_into_the_same_cells()
    {
        var rows = ReadCsv(Encoding.UTF8.GetString(TableExport.Csv(Contacts)).TrimStart('\uFEFF'));

        Assert.Equal(["Kunta", "Yhteydenottoja", "Vastattu ajoissa (%)"], rows[0]);
        Assert.Equal(["Pieksämäki; Kangasniemi", "12", "-1,25"], rows[3]);
        Assert.Equal(["Sanoi \"hei\"\nja lähti", "0", ""], rows[4]);
        Assert.Equal([SmallCells.Marker, SmallCells.Marker], rows[2][1..]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\")", "'=HYPERLINK(\"\"http://example.com\"\")")]
    [InlineData("+358 40 123", "'+358 40 123")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("Tavallinen = teksti", "Tavallinen = teksti")]
    public void Csv_text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(string cell, string written)
    {
        var table = new ExportTable("Testi", ["Arvo"], [[cell]]);

        var lines = Encoding.UTF8.GetString(TableExport.Csv(table)[3..]).Split("\r\n");

        Assert.Equal(written.Contains('"') ? $"\"{written}\"" : written, lines[1]);
    }

    [Fact]
    public void Csv_leaves_negative_numbers_as_numbers()
    {
        var lines = Encoding.UTF8.GetString(TableExport.Csv(new ExportTable("T", ["Muutos"], [[-3]]))[3..]).Split("\r\n");
        Assert.Equal("-3", lines[1]);
    }

    [Fact]
    public void Xlsx_reads_back_with_headers_text_numbers_and_the_marker()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(TableExport.Xlsx(Contacts)), false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Yhteydenotot kunnittain 2026", sheet.Name!.Value);
        Assert.Equal("Yhteydenotot kunnittain 2026", document.PackageProperties.Title);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();

        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal(["Kunta", "Yhteydenottoja", "Vastattu ajoissa (%)"], header.Select(c => c.InnerText));
        Assert.All(header, c => Assert.Equal(1U, c.StyleIndex!.Value)); // bold

        var mikkeli = rows[1].Elements<Cell>().ToList();
        Assert.Equal(CellValues.InlineString, mikkeli[0].DataType!.Value);
        Assert.Equal("Mikkeli", mikkeli[0].InnerText);
        Assert.Equal(CellValues.Number, mikkeli[1].DataType!.Value);
        Assert.Equal("42", mikkeli[1].CellValue!.Text);
        Assert.Equal("95.5", mikkeli[2].CellValue!.Text);

        Assert.Equal(["Juva", "..", ".."], rows[2].Elements<Cell>().Select(c => c.InnerText));
        Assert.Equal("-1.25", rows[3].Elements<Cell>().Last().CellValue!.Text);
        Assert.Equal("Sanoi \"hei\"\nja lähti", rows[4].Elements<Cell>().First().InnerText);
        Assert.Empty(rows[5].Elements<Cell>());
        Assert.Equal(".. = alle 5 tai siitä laskettavissa", rows[6].InnerText);
    }

    [Fact]
    public void Xlsx_keeps_formula_like_text_as_text_and_leaves_out_characters_XML_cannot_hold()
    {
        var table = new ExportTable("Kaava?: [testi]/\\*", ["A"], [["=1+1"], ["Rivi\u0001\u0008 jossa ohjausmerkki 😀"]]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(TableExport.Xlsx(table)), false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("Kaava testi", sheet.Name!.Value);
        var cells = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        Assert.Equal("=1+1", cells[1].InnerText);
        Assert.Null(cells[1].CellFormula);
        Assert.Equal("Rivi jossa ohjausmerkki 😀", cells[2].InnerText);
    }

    [Fact]
    public void Xlsx_holds_several_tables_as_sheets_with_unique_names()
    {
        var long31 = new string('x', 40);
        var bytes = TableExport.Xlsx([
            new ExportTable(long31, ["A"], [[1]]),
            new ExportTable(long31, ["B"], [[2]]),
            new ExportTable("", ["C"], []),
        ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([new string('x', 31), new string('x', 27) + " (2)", "Taulukko 3"], names);
    }

    [Fact]
    public void A_suppressed_table_is_exported_with_its_totals_and_the_marker()
    {
        var counts = SmallCells.Suppress([[12, 8, 20], [3, 9, 15], [10, 7, 11]]);

        var table = ExportTable.FromCounts("Aiheet kunnittain", "Kunta", ["Mikkeli", "Juva", "Pieksämäki"], ["Arki", "Kasvatus", "Muu"], counts, "Yhteensä");

        var lines = Encoding.UTF8.GetString(TableExport.Csv(table)[3..]).Split("\r\n");
        Assert.Equal("Kunta;Arki;Kasvatus;Muu;Yhteensä", lines[0]);
        Assert.Equal("Mikkeli;12;8;20;40", lines[1]);
        Assert.Equal("Juva;..;..;15;27", lines[2]);
        Assert.Equal("Pieksämäki;..;..;11;28", lines[3]);
        Assert.Equal("Yhteensä;25;24;46;95", lines[4]);
    }

    [Fact]
    public void A_suppressed_list_is_exported_with_its_total()
    {
        var counts = SmallCells.Suppress([14, 3, 0, 9]);

        var table = ExportTable.FromCounts("Kanavat", "Kanava", "Yhteydenottoja", ["Sähköinen", "Puhelin", "Kohtaamispaikka", "Muu"], counts, "Yhteensä");

        var lines = Encoding.UTF8.GetString(TableExport.Csv(table)[3..]).Split("\r\n");
        Assert.Equal(["Kanava;Yhteydenottoja", "Sähköinen;14", "Puhelin;..", "Kohtaamispaikka;0", "Muu;..", "Yhteensä;26", ""], lines);
        Assert.Throws<ArgumentException>(() => ExportTable.FromCounts("T", "A", "B", ["x"], counts, "Yhteensä"));
    }

    [Theory]
    [InlineData("Yhteydenotot kunnittain 2026", "csv", "yhteydenotot-kunnittain-2026.csv")]
    [InlineData("Ähtäri & Åbo: yhteenveto", ".xlsx", "ahtari-abo-yhteenveto.xlsx")]
    [InlineData("??", "csv", "taulukko.csv")]
    public void A_file_name_is_plain_ASCII(string title, string extension, string expected) =>
        Assert.Equal(expected, TableExport.FileName(title, extension));

    /// <summary>A reader of RFC 4180 with ';' as the separator, written for this test.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ';') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(ch);
        }
        return rows;
    }
}

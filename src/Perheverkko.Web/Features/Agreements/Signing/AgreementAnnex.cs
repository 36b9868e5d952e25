using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>The annex of 001 §23 (contact persons and signatories of the parties) as PDF and as a spreadsheet.</summary>
public static class AgreementAnnex
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Headers = ["Organisaatio", "Nimi", "Sähköposti", "Rooli", "Tehtävä"];

    private static string Role(ContactRole role) => role == ContactRole.Signatory ? "Allekirjoittaja" : "Yhteyshenkilö";

    public static byte[] Pdf(SigningVersionView version, IReadOnlyList<AnnexRow> rows) =>
        new PdfReport("Liite: sopimusosapuolten yhteyshenkilöt ja allekirjoittajat", $"{version.Title} {version.Period}")
            .Table(Headers, rows.Select(r => (IReadOnlyList<string?>)[r.Organisation, r.Name, r.Email, Role(r.Role), r.Title]), [2.4, 2, 2.8, 2.1, 1.5])
            .ToBytes();

    public static byte[] Xlsx(SigningVersionView version, IReadOnlyList<AnnexRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(Headers));
            foreach (var r in rows) data.Append(Row([r.Organisation, r.Name, r.Email, Role(r.Role), r.Title ?? ""]));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1,
                Name = $"Liite {version.Slug}",
            }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Inline strings: no shared-string table to keep in step, and every reader opens them.</summary>
    private static Row Row(IEnumerable<string> cells) =>
        new(cells.Select(text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) }));
}

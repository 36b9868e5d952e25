using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>The annex of 001 §23 (contact persons and signatories of the parties) as PDF and as a spreadsheet.</summary>
public static class AgreementAnnex
{
    public const string XlsxType = TableExport.XlsxType;

    private static readonly string[] Headers = ["Organisaatio", "Nimi", "Sähköposti", "Rooli", "Tehtävä"];

    private static string Role(ContactRole role) => role == ContactRole.Signatory ? "Allekirjoittaja" : "Yhteyshenkilö";

    public static byte[] Pdf(SigningVersionView version, IReadOnlyList<AnnexRow> rows) =>
        new PdfReport("Liite: sopimusosapuolten yhteyshenkilöt ja allekirjoittajat", $"{version.Title} {version.Period}")
            .Table(Headers, rows.Select(r => (IReadOnlyList<string?>)[r.Organisation, r.Name, r.Email, Role(r.Role), r.Title]), [2.4, 2, 2.8, 2.1, 1.5])
            .ToBytes();

    public static byte[] Xlsx(SigningVersionView version, IReadOnlyList<AnnexRow> rows) =>
        TableExport.Xlsx(new ExportTable($"Liite {version.Slug}", Headers,
            [.. rows.Select(r => (IReadOnlyList<TableCell>)[r.Organisation, r.Name, r.Email, Role(r.Role), r.Title ?? ""])]));
}

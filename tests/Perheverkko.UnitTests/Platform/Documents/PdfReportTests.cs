using Perheverkko.Testing;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.UnitTests.Platform.Documents;

public class PdfReportTests
{
    [Fact]
    public async Task A_reader_finds_the_text_with_Finnish_and_Swedish_letters()
    {
        var pdf = new PdfReport("Pöytäkirja 3/2027", "Perhekeskusverkoston johtoryhmä")
            .Heading("§ 1/2027 Kokouksen avaus")
            .Field("Paikka", "Mikkeli, Äänekoskentie 1")
            .Paragraph("Puheenjohtaja avasi kokouksen klo 9.00. Åbo och Borgå ovat ruotsiksi.")
            .Table(["Nimi", "Organisaatio", "Läsnä"], [["Maija Meikäläinen", "Mikkelin kaupunki", "kyllä"]])
            .ToBytes();

        var text = await PdfText.ExtractAsync(pdf);

        Assert.Contains("Pöytäkirja 3/2027", text);
        Assert.Contains("§ 1/2027 Kokouksen avaus", text);
        Assert.Contains("Äänekoskentie", text);
        Assert.Contains("Åbo och Borgå", text);
        Assert.Contains("Maija Meikäläinen", text);
        Assert.Matches(@"1\s*/\s*1", text); // the footer; pdftotext's layout may close up the spaces
    }

    [Fact]
    public async Task Long_content_flows_onto_numbered_pages_and_long_words_wrap()
    {
        var report = new PdfReport("Pitkä asiakirja");
        for (var i = 1; i <= 60; i++)
            report.Paragraph($"Kappale {i}. " + string.Join(' ', Enumerable.Repeat("perhekeskustoiminta", 12)));
        report.Paragraph(new string('x', 400));
        report.Table(["A", "B"], Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string?>)[$"rivi {i}", null]).ToList(), [1, 3]);

        var pdf = report.ToBytes();

        var pages = await PdfText.PageCountAsync(pdf);
        Assert.True(pages > 3);
        var text = await PdfText.ExtractAsync(pdf);
        Assert.Contains("Kappale 60.", text);
        Assert.Contains("rivi 80", text);
        Assert.Matches($@"{pages}\s*/\s*{pages}", text);
    }
}

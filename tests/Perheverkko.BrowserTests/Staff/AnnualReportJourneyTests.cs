using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// The indicators and the annual report end to end (issue #17 items 5 and 6): the coordinator follows an indicator and
/// imports a Sotkanet file, compiles the report, turns formal approval on, completes, approves and publishes it (each step
/// confirmed), and downloads the PDF and the XLSX; the public report page and the new staff pages pass axe at 1280 and 390 px.
/// </summary>
public sealed class AnnualReportJourneyTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private const string Regions = """[{"id":833,"code":"491","category":"KUNTA","title":{"fi":"Mikkeli"}},{"id":901,"code":"740","category":"KUNTA","title":{"fi":"Savonlinna"}}]""";
    private const string Data = """[{"indicator":127,"region":833,"year":2024,"gender":"total","value":13.1,"absValue":131},{"indicator":127,"region":901,"year":2024,"gender":"total","value":9.5,"absValue":95}]""";

    [Fact]
    public async Task The_coordinator_imports_indicators_and_compiles_approves_and_publishes_the_report()
    {
        var page = await SignedInPageAsync(DemoUsers.Coordinator);
        await page.GotoAsync("/staff/indicators");
        await page.GetByText("Lisää seurattava indikaattori").ClickAsync();
        await page.Locator("#SotkanetId").FillAsync("127");
        await page.Locator("#Name_Fi").FillAsync("Lastensuojeluilmoitukset");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lisää", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Indikaattori lisätty.")).ToBeVisibleAsync();
        await page.Locator("#DataFile").SetInputFilesAsync(new FilePayload { Name = "sotkanet.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(Data) });
        await page.Locator("#Regions").SetInputFilesAsync(new FilePayload { Name = "regions.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(Regions) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tuo", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Tuotiin 2 arvoa")).ToBeVisibleAsync();

        await page.GotoAsync("/staff/annual-reports/2025");
        await page.Locator("#Narrative_Fi").FillAsync("Verkoston vuosi 2025 oli vilkas.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kokoa raportti" }).ClickAsync();
        await Expect(page.GetByText("Raportti koottu.")).ToBeVisibleAsync();
        await page.GetByText("Raportin asetukset").ClickAsync();
        await page.Locator("#ApprovalRequired").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna asetukset" }).ClickAsync();
        await Expect(page.GetByText("Asetukset tallennettu.")).ToBeVisibleAsync();
        foreach (var (step, done) in new[] { ("Merkitse valmiiksi", "Raportti on valmis."), ("Kirjaa hyväksyntä", "Hyväksyntä kirjattu."), ("Julkaise", "Raportti julkaistu.") })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = step, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Vahvista" }).ClickAsync();
            await Expect(page.GetByText(done)).ToBeVisibleAsync();
        }

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lataa PDF" }).ClickAsync());
        var text = await PdfText.ExtractAsync(await File.ReadAllBytesAsync((await pdf.PathAsync())!));
        Assert.Contains("Verkoston vuosi 2025 oli vilkas", text);
        Assert.Contains("Lastensuojeluilmoitukset", text);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lataa taulukot (XLSX)" }).ClickAsync());
        using (var document = SpreadsheetDocument.Open((await xlsx.PathAsync())!, false))
        {
            var workbook = document.WorkbookPart!;
            var cells = workbook.Workbook.Sheets!.Elements<Sheet>().SelectMany(s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Descendants<Cell>())
                .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();
            Assert.Contains("Savonlinna", cells);
            Assert.Contains("9.5", cells);
        }

        foreach (var width in new[] { 1280, 390 })
        {
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator, width), ["/staff/indicators", "/staff/annual-reports/2025", "/staff/year/2025"]);
            var visitor = await NewPageAsync(width: width);
            await AssertPagesAccessibleAsync(visitor, ["/annual-report/2025", "/r/etela-savo/annual-report/2025"]);
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Vuosiraportti 2025");
        }
    }
}

using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// The network's year end to end (issue #17), on screens only and without script where families are concerned: the
/// coordinator opens the year's family survey from the template; families answer it on two days of the fake clock, one
/// browser only once; Mikkeli's and Savonlinna's representatives each submit their municipality's evaluation (confirming);
/// the coordinator imports indicators from a Sotkanet file, compiles the annual report, turns formal approval on, completes,
/// approves and publishes it (each step confirmed), downloads the PDF and the XLSX and reads them back; the deletion job
/// that publishing made due removes the families' free-text answers. Every new page passes axe at 1280 and 390 px.
/// </summary>
public sealed class YearCycleJourneyTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private const string Regions = """[{"id":833,"code":"491","category":"KUNTA","title":{"fi":"Mikkeli"}},{"id":901,"code":"740","category":"KUNTA","title":{"fi":"Savonlinna"}}]""";
    private const string Data = """[{"indicator":127,"region":833,"year":2024,"gender":"total","value":13.1,"absValue":131},{"indicator":127,"region":901,"year":2024,"gender":"total","value":9.5,"absValue":95}]""";
    private const string FreeWords = "Toivoisimme iltaryhmiä isille.";

    [Fact]
    public async Task The_coordinator_runs_the_year_from_the_survey_to_the_published_report_and_the_deletion()
    {
        // The evening of the app's day, so that the next day comes within a session (8 hours).
        var today = HelsinkiTime.Today(App.App.Clock);
        App.App.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(today, new TimeOnly(23, 0)), TimeSpan.Zero));
        var year = today.Year;

        // The coordinator opens the year's survey from the template, confirming.
        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Verkoston vuosi" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Vuosi {year}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Perhekysely" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Aloita kysely pohjasta" }).ClickAsync();
        await Expect(coordinator.GetByText("Kysely luotu pohjasta.")).ToBeVisibleAsync();
        var survey = new Uri(coordinator.Url).AbsolutePath;
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Avaa kysely…" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Avataanko kysely?" })).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kyllä, avaa" }).ClickAsync();
        await Expect(coordinator.GetByText("Kysely avattu vastattavaksi.")).ToBeVisibleAsync();
        var publicPath = await coordinator.Locator("#public-link").GetAttributeAsync("href");

        // The first family opens the form in two tabs of one browser: the second tab's answer is refused.
        var family = await NewPageAsync(javaScript: false);
        await family.GotoAsync(publicPath!);
        var secondTab = await family.Context.NewPageAsync();
        await secondTab.GotoAsync(publicPath!);
        await family.Locator("#q0_v4").CheckAsync();
        await family.GetByLabel("Vertaistukea").CheckAsync();
        await family.Locator("#Input_AgeGroup").SelectOptionAsync("Age0To2");
        await family.Locator("textarea").First.FillAsync(FreeWords);
        await family.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(family.Locator("#survey-thanks")).ToBeVisibleAsync();
        await secondTab.Locator("#q0_v2").CheckAsync();
        await secondTab.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(secondTab.GetByText("Tällä selaimella on jo vastattu kyselyyn. Kiitos!")).ToBeVisibleAsync();
        await family.GotoAsync(publicPath!);
        await Expect(family.Locator("#survey-answered")).ToBeVisibleAsync();

        // Two more families after midnight, on the next day of the fake clock (the survey stays open until its closing day).
        App.App.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(today.AddDays(1), new TimeOnly(0, 30)), TimeSpan.Zero));
        foreach (var (scale, option) in new[] { ("#q0_v5", "#q2_v3"), ("#q0_v3", "#q1_v4") })
        {
            var other = await NewPageAsync(javaScript: false);
            await other.GotoAsync(publicPath!);
            await other.Locator(scale).CheckAsync();
            await other.Locator(option).CheckAsync();
            await other.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
            await Expect(other.Locator("#survey-thanks")).ToBeVisibleAsync();
        }

        // Three answers: every count under five is hidden; the free words are the coordinator's to read.
        await coordinator.GotoAsync($"{survey}/results");
        await Expect(coordinator.GetByText("Vastauksia yhteensä: ..")).ToBeVisibleAsync();
        Assert.True(await coordinator.Locator("table.counts td", new() { HasTextString = ".." }).CountAsync() > 0);
        Assert.Equal(0, await coordinator.Locator("table.counts td", new() { HasTextRegex = new Regex("^[1-4]$") }).CountAsync());
        await coordinator.GotoAsync($"{survey}/free-text");
        await Expect(coordinator.GetByText(FreeWords)).ToBeVisibleAsync();

        // Two municipalities submit their evaluations: a draft, then the submission's confirming second step.
        foreach (var (representative, municipality) in new[] { (DemoUsers.MikkeliRepresentative, "Mikkeli"), (DemoUsers.SavonlinnaRepresentative, "Savonlinna") })
        {
            var rep = await SignedInPageAsync(representative);
            await rep.GotoAsync("/staff");
            await rep.GetByRole(AriaRole.Link, new() { Name = "Kuntien arvioinnit" }).ClickAsync();
            await rep.GotoAsync($"/staff/evaluations/{year}");
            await rep.GetByRole(AriaRole.Link, new() { Name = municipality, Exact = true }).ClickAsync();
            // The action plan's goals come first; the municipality's own welfare-plan goal goes in the first empty row.
            var title = rep.Locator("input[id^='row'][id$='_title']").First;
            var row = (await title.GetAttributeAsync("id"))![..^"_title".Length];
            await title.FillAsync("Lasten liikunta lisääntyy");
            await rep.Locator($"#{row}_status").SelectOptionAsync("Progressing");
            await rep.Locator($"#{row}_narrative").FillAsync($"Liikuntakerhoja on nyt kolmessa koulussa ({municipality}).");
            await rep.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
            await Expect(rep.GetByText("Luonnos tallennettu.")).ToBeVisibleAsync();
            await Expect(rep.Locator($"#{row}_narrative")).ToHaveValueAsync($"Liikuntakerhoja on nyt kolmessa koulussa ({municipality}).");
            await rep.GetByRole(AriaRole.Button, new() { Name = "Lähetä arviointi…" }).ClickAsync();
            await Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Lähetetäänkö arviointi?" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(rep);
            await rep.GetByRole(AriaRole.Button, new() { Name = "Kyllä, lähetä" }).ClickAsync();
            await Expect(rep.GetByText("Arviointi lähetetty. Kiitos!")).ToBeVisibleAsync();
            await Expect(rep.Locator("#evaluation-state")).ToHaveTextAsync("Lähetetty");
        }
        await coordinator.GotoAsync($"/staff/year/{year}");
        await Expect(coordinator.GetByRole(AriaRole.Row, new() { Name = "Kuntien arvioinnit" })).ToContainTextAsync("2/");

        // Indicators from a Sotkanet file.
        await coordinator.GotoAsync("/staff/indicators");
        await coordinator.GetByText("Lisää seurattava indikaattori").ClickAsync();
        await coordinator.Locator("#SotkanetId").FillAsync("127");
        await coordinator.Locator("#Name_Fi").FillAsync("Lastensuojeluilmoitukset");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lisää", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByText("Indikaattori lisätty.")).ToBeVisibleAsync();
        await coordinator.Locator("#DataFile").SetInputFilesAsync(new FilePayload { Name = "sotkanet.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(Data) });
        await coordinator.Locator("#Regions").SetInputFilesAsync(new FilePayload { Name = "regions.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(Regions) });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tuo", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByText("Tuotiin 2 arvoa")).ToBeVisibleAsync();

        // The annual report: compiled, approval turned on, then completed, approved and published, each confirmed.
        await coordinator.GotoAsync($"/staff/annual-reports/{year}");
        await coordinator.Locator("#Narrative_Fi").FillAsync($"Verkoston vuosi {year} oli vilkas.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kokoa raportti" }).ClickAsync();
        await Expect(coordinator.GetByText("Raportti koottu.")).ToBeVisibleAsync();
        await coordinator.GetByText("Raportin asetukset").ClickAsync();
        await coordinator.Locator("#ApprovalRequired").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna asetukset" }).ClickAsync();
        await Expect(coordinator.GetByText("Asetukset tallennettu.")).ToBeVisibleAsync();
        foreach (var (step, done) in new[] { ("Merkitse valmiiksi", "Raportti on valmis."), ("Kirjaa hyväksyntä", "Hyväksyntä kirjattu."), ("Julkaise", "Raportti julkaistu.") })
        {
            await coordinator.GetByRole(AriaRole.Button, new() { Name = step, Exact = true }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Vahvista" }).ClickAsync();
            await Expect(coordinator.GetByText(done)).ToBeVisibleAsync();
        }

        var pdf = await coordinator.RunAndWaitForDownloadAsync(() => coordinator.GetByRole(AriaRole.Link, new() { Name = "Lataa PDF" }).ClickAsync());
        var text = await PdfText.ExtractAsync(await File.ReadAllBytesAsync((await pdf.PathAsync())!));
        foreach (var expected in new[] { $"Verkoston vuosi {year} oli vilkas", "Lastensuojeluilmoitukset", "Perhekysely", "Kuntien arvioinnit", "Savonlinna" })
            Assert.Contains(expected, text);
        var xlsx = await coordinator.RunAndWaitForDownloadAsync(() => coordinator.GetByRole(AriaRole.Link, new() { Name = "Lataa taulukot (XLSX)" }).ClickAsync());
        using (var document = SpreadsheetDocument.Open((await xlsx.PathAsync())!, false))
        {
            var workbook = document.WorkbookPart!;
            var cells = workbook.Workbook.Sheets!.Elements<Sheet>().SelectMany(s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Descendants<Cell>())
                .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();
            Assert.Contains("Savonlinna", cells);
            Assert.Contains("9.5", cells);
            Assert.Contains("Lasten liikunta lisääntyy", cells);
        }

        // Publishing made the year-end deletion due; the job (run here as the job runner would) removes the free words.
        await App.App.WithScopeAsync(async services =>
            await services.GetRequiredService<YearEndDeletionJob>().RunDueAsync(CancellationToken.None));
        await coordinator.GotoAsync($"{survey}/free-text");
        await Expect(coordinator.GetByText(FreeWords)).ToHaveCountAsync(0);
        await Expect(coordinator.GetByText("Ei vastauksia.").First).ToBeVisibleAsync();

        var savonlinnaForm = $"/staff/evaluations/{year}/{NetworkSeeder.MunicipalityId("savonlinna")}";
        foreach (var width in new[] { 1280, 390 })
        {
            var visitor = await NewPageAsync(width: width);
            await AssertPagesAccessibleAsync(visitor, [publicPath!, $"/annual-report/{year}", $"/r/etela-savo/annual-report/{year}"]);
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Vuosiraportti {year}");
            var lead = await SignedInPageAsync(DemoUsers.Coordinator, width);
            await AssertPagesAccessibleAsync(lead, ["/staff/surveys", survey, $"{survey}/results", $"{survey}/free-text", $"/staff/evaluations/{year}", savonlinnaForm,
                "/staff/indicators", $"/staff/annual-reports/{year}", $"/staff/year/{year}"]);
        }
    }
}

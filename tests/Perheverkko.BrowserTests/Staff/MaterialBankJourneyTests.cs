using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// The material bank end to end (issue #18 item 3): the coordinator makes a folder, Mikkeli's representative adds a PDF
/// for the parties' staff and a public link, a professional of another organisation finds the PDF by an inflected word
/// and downloads it, and an anonymous visitor sees only the public link. The new pages pass axe at 1280 and 390 pixels.
/// </summary>
public sealed class MaterialBankJourneyTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private const string Folder = "Oppaat ja ohjeet";
    private const string Guide = "Ohje vanhemmille";
    private const string Link = "Perhekeskuksen verkkosivut";
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_guide_for_the_parties_is_found_and_downloaded_by_another_organisation_and_only_the_public_link_is_public()
    {
        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff/materials/folders");
        await coordinator.Locator("#Input_Name_Fi").FillAsync(Folder);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna kansio" }).ClickAsync();
        await Expect(coordinator.GetByText("Kansio tallennettiin.")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("table")).ToContainTextAsync(Folder);

        // Mikkeli's representative: a PDF for the parties' staff, then a public link.
        var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync("/staff/materials/new");
        await representative.Locator("#Input-folder").SelectOptionAsync(new SelectOptionValue { Label = Folder });
        await representative.Locator("#Input-title").FillAsync(Guide);
        await representative.Locator("#Input-tags").FillAsync("vanhemmuus, perhekeskus");
        await representative.Locator("input[name='Input.Visibility'][value='PartiesStaff']").CheckAsync();
        await representative.Locator("#Input_File").SetInputFilesAsync(new FilePayload { Name = "ohje.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await representative.GetByRole(AriaRole.Button, new() { Name = "Tallenna materiaali" }).ClickAsync();
        await Expect(representative.GetByText("Materiaali lisättiin.")).ToBeVisibleAsync();
        var guide = Regex.Match(representative.Url, "[0-9a-f-]{36}").Value;
        await representative.GotoAsync("/staff/materials/new");
        await representative.Locator("input[name='Input.Kind'][value='Link']").CheckAsync();
        await representative.Locator("#Input-folder").SelectOptionAsync(new SelectOptionValue { Label = Folder });
        await representative.Locator("#Input-title").FillAsync(Link);
        await representative.Locator("input[name='Input.Visibility'][value='Public']").CheckAsync();
        await representative.Locator("#Input_Url").FillAsync("https://perhekeskus.example/");
        await representative.GetByRole(AriaRole.Button, new() { Name = "Tallenna materiaali" }).ClickAsync();
        await Expect(representative.GetByText("Materiaali lisättiin.")).ToBeVisibleAsync();

        // A professional of another organisation finds the guide by an inflected word, without JavaScript, and downloads it.
        var professional = await SignedInPageAsync(DemoUsers.Professional);
        await professional.GotoAsync("/staff/materials");
        await professional.GetByLabel("Hae materiaaleista").FillAsync("ohjeita");
        await professional.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();
        await Expect(professional).ToHaveURLAsync(new Regex("q=ohjeita"));
        await professional.GetByRole(AriaRole.Link, new() { Name = Guide }).ClickAsync();
        await Expect(professional).ToHaveURLAsync(new Regex($"/staff/materials/{guide}$"));
        await Expect(professional.GetByRole(AriaRole.Button, new() { Name = "Tallenna muutokset" })).ToHaveCountAsync(0);
        var download = await professional.RunAndWaitForDownloadAsync(() => professional.GetByRole(AriaRole.Link, new() { Name = "ohje.pdf" }).ClickAsync());
        Assert.Equal("ohje.pdf", download.SuggestedFilename);

        // An anonymous visitor sees only the public link.
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/materials");
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = Link })).ToBeVisibleAsync();
        await Expect(visitor.GetByText(Guide)).ToHaveCountAsync(0);

        foreach (var width in new[] { 1280, 390 })
        {
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator, width), ["/staff/materials/folders"]);
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.MikkeliRepresentative, width),
                ["/staff/materials", "/staff/materials?q=ohjeita", "/staff/materials/new", $"/staff/materials/{guide}"]);
            var page = await NewPageAsync(width: width);
            await AssertPagesAccessibleAsync(page, ["/materials", "/r/etela-savo/materials"]);
            // The public page in Swedish and English too.
            await page.GetByRole(AriaRole.Button, new() { Name = "På svenska" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Material");
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "In English" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Materials");
            await AssertAccessibleAsync(page);
        }
        // The removal asks first.
        await representative.GotoAsync($"/staff/materials/{guide}");
        await representative.GetByRole(AriaRole.Button, new() { Name = "Poista", Exact = true }).ClickAsync();
        await Expect(representative.GetByRole(AriaRole.Button, new() { Name = "Kyllä, poista" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(representative);
    }
}

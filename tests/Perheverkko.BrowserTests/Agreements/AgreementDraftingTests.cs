using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Agreements;

/// <summary>
/// The next agreement from draft to frozen text: the coordinator starts a draft from the version in force and edits a
/// section, a party's representative comments on it, the coordinator freezes it and sees the hash, and the public
/// comparison shows the change.
/// </summary>
public sealed class AgreementDraftingTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_draft_is_edited_commented_frozen_and_its_change_shown_to_the_public()
    {
        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff/agreement");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Yhteistyösopimus");
        // The form proposes the next period after the latest one, from its text.
        await Expect(coordinator.GetByLabel("Alkamisvuosi")).ToHaveValueAsync("2030");
        await Expect(coordinator.GetByLabel("Päättymisvuosi")).ToHaveValueAsync("2033");
        await AssertAccessibleAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new Regex("/staff/agreement/2030-2033$"));
        await Expect(coordinator.GetByText("Luonnos", new() { Exact = true })).ToBeVisibleAsync();

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Muokkaa pykälää 2", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByLabel("Otsikko (suomeksi)")).ToHaveValueAsync("Sopimuksen kesto");
        await AssertAccessibleAsync(coordinator);
        await coordinator.GetByLabel("Teksti (suomeksi)").FillAsync("Tämä sopimus on voimassa 2030-2033. Sopimus päivitetään samassa syklissä kuin maakunnallinen lasten ja nuorten hyvinvointisuunnitelma.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna pykälä" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pykälä tallennettu.");
        await Expect(coordinator.Locator("#section-2")).ToContainTextAsync("voimassa 2030-2033");

        var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync("/staff/agreement/2030-2033");
        // A representative comments but has no way to edit or freeze.
        await Expect(representative.GetByRole(AriaRole.Link, new() { Name = "Muokkaa pykälää 2", Exact = true })).ToHaveCountAsync(0);
        await Expect(representative.GetByRole(AriaRole.Button, new() { Name = "Lukitse teksti ja laske tiiviste" })).ToHaveCountAsync(0);
        await representative.GetByRole(AriaRole.Button, new() { Name = "Lähetä kommentti" }).Nth(1).ClickAsync();
        await Expect(representative.Locator("#comment-2-error")).ToHaveTextAsync("Pakollinen tieto.");
        await AssertAccessibleAsync(representative);
        await representative.GetByLabel("Kommenttisi pykälään 2", new() { Exact = true }).FillAsync("Mikkeli kannattaa neljän vuoden kautta.");
        await representative.Locator("#section-2").GetByRole(AriaRole.Button, new() { Name = "Lähetä kommentti" }).ClickAsync();
        await Expect(representative.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kommentti tallennettu.");
        await Expect(representative.Locator("#section-2 blockquote")).ToContainTextAsync("Mikkeli kannattaa neljän vuoden kautta.");

        await coordinator.GotoAsync("/staff/agreement/2030-2033");
        await Expect(coordinator.Locator("#section-2 blockquote")).ToContainTextAsync("Mikkelin kaupunki");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lukitse teksti ja laske tiiviste" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Teksti lukittu päätöksentekoon. Tiiviste on laskettu.");
        await Expect(coordinator.Locator("#text-hash")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        var hash = await coordinator.Locator("#text-hash").TextContentAsync();
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Muokkaa pykälää 2", Exact = true })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(coordinator);
        await ScreenshotAsync(coordinator, "staff-agreement-frozen");

        var visitor = await NewPageAsync(javaScript: false);
        await visitor.GotoAsync("/agreement/2030-2033");
        await Expect(visitor.Locator("code.hash")).ToHaveTextAsync(hash!);
        await visitor.GotoAsync("/agreement/changes");
        await visitor.GetByLabel("Vanhempi sopimus").SelectOptionAsync("2026-2029");
        await visitor.GetByLabel("Uudempi sopimus").SelectOptionAsync("2030-2033");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Vertaa" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Muuttuneet pykälät (1)" })).ToBeVisibleAsync();
        var section2 = visitor.Locator("#diff-2").Locator("xpath=..");
        await Expect(section2.Locator("del")).ToContainTextAsync("2026-2029.");
        await Expect(section2.Locator("ins")).ToContainTextAsync("2030-2033.");
        await ScreenshotAsync(visitor, "public-agreement-changes");
        // axe-core runs as JavaScript: the same page is checked in a context with it on.
        var checker = await NewPageAsync();
        await checker.GotoAsync(visitor.Url);
        await AssertAccessibleAsync(checker);
    }
}

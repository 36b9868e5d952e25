using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Accessibility;

/// <summary>
/// The privacy notice and the accessibility statement (decision 0031): axe-core finds nothing in Finnish, Swedish and
/// English, wide and narrow, with and without the feedback form's messages; and the feedback is sent without JavaScript.
/// </summary>
public sealed class PrivacyPagesAccessibilityTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("fi", 1280)]
    [InlineData("fi", 390)]
    [InlineData("sv", 1280)]
    [InlineData("sv", 390)]
    [InlineData("en", 1280)]
    [InlineData("en", 390)]
    public async Task The_privacy_notice_and_the_accessibility_statement_have_no_WCAG_A_or_AA_violations(string language, int width)
    {
        var page = await NewPageAsync(width: width);
        await page.GotoAsync("/tietosuoja");
        if (language != "fi")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = language == "sv" ? "På svenska" : "In English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        }
        await AssertPagesAccessibleAsync(page, ["/tietosuoja", "/saavutettavuus", "/saavutettavuus/kiitos", "/r/etela-savo/tietosuoja"]);

        // The form with its field messages.
        await page.GotoAsync("/saavutettavuus");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#feedback-message-error")).Not.ToBeEmptyAsync();
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Feedback_is_sent_without_JavaScript_and_the_sender_sees_the_receipt()
    {
        var before = await App.App.WithDbAsync(db => db.OutboxMessages.CountAsync());
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Saavutettavuus", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/saavutettavuus$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Saavutettavuusseloste");

        await page.GetByLabel("Sähköposti (vapaaehtoinen)").FillAsync("ei-osoite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä palaute" }).ClickAsync();
        await Expect(page.Locator("#feedback-message-error")).ToHaveTextAsync("Pakollinen tieto.");

        await page.GetByLabel("Sähköposti (vapaaehtoinen)").FillAsync("ville.vierailija@example.org");
        await page.GetByLabel("Sivu, jota palaute koskee (vapaaehtoinen)").FillAsync("/directory");
        await page.GetByLabel("Palaute", new() { Exact = true }).FillAsync("Hakutulosten määrä ei kuulu ruudunlukijalla.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä palaute" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/saavutettavuus/kiitos$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kiitos palautteestasi");
        Assert.Equal(before + 1, await App.App.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }
}

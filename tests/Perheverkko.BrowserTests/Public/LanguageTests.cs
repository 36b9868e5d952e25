using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Public;

/// <summary>The language buttons are a plain form: they must work with JavaScript turned off.</summary>
public sealed class LanguageTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_language_buttons_switch_to_Swedish_and_English_without_JavaScript_and_the_choice_is_remembered()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        var html = page.Locator("html");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Suomeksi" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "På svenska" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"^http://127\.0\.0\.1:\d+/$"));
        await Expect(html).ToHaveAttributeAsync("lang", "sv");
        await Expect(heading).ToHaveTextAsync("Familjecenterverksamheten i Södra Savolax");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Kontakta Perheneuvo" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "På svenska" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Suomeksi" })).ToHaveAttributeAsync("aria-pressed", "false");

        // The next page load (a link, no form) is still in Swedish.
        await page.GetByRole(AriaRole.Link, new() { Name = "Aktörer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/organisations$"));
        await Expect(html).ToHaveAttributeAsync("lang", "sv");
        await Expect(heading).ToHaveTextAsync("Nätverkets aktörer");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "S:t Michels stad", Exact = true })).ToBeVisibleAsync();

        // Switching on another page comes back to that page.
        await page.GetByRole(AriaRole.Button, new() { Name = "In English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/organisations$"));
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(heading).ToHaveTextAsync("Organisations of the network");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "City of Mikkeli", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(heading).ToHaveTextAsync("Family-centre work in South Savo");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Suomeksi" }).ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        await Expect(heading).ToHaveTextAsync("Etelä-Savon perhekeskustoiminta");
    }

    [Fact]
    public async Task The_language_choice_wins_over_the_browser_language()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "In English" }).ClickAsync();

        // The context's locale is fi-FI, so the browser keeps asking for Finnish; the cookie decides.
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await Expect(page.GetByLabel("E-mail")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Web.Features.Directory;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Public;

/// <summary>
/// The front page for families (decision 0030) in a browser: the municipality choice works without JavaScript, and the
/// front page, the network page and the pages that show "how to reach" have no WCAG 2.1 A or AA violations in Finnish,
/// Swedish and English, on a wide screen and a phone.
/// </summary>
public sealed class FamilyFrontPageBrowserTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private static readonly string[] Pages =
    [
        "/", "/?municipality=mikkeli", "/?municipality=juva", "/?municipality=atlantis", "/network", "/r/etela-savo?municipality=savonlinna",
        "/directory/family-centres/mikkelin-perhekeskus", "/directory/places/kohtaamispaikka-kaisla",
        $"/directory/services/{DirectorySeeder.ServiceId("neuvola-mikkeli")}", $"/directory/activities/{DirectorySeeder.ActivityId("perhekerho-mikkeli")}",
    ];

    [Fact]
    public async Task A_family_chooses_a_municipality_without_JavaScript_and_sees_its_week_and_places()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tällä viikolla kunnassasi" })).ToBeVisibleAsync();

        await page.GetByLabel("Kunta", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mikkeli" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?municipality=mikkeli$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tällä viikolla: Mikkeli" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Kunta", new() { Exact = true })).ToHaveValueAsync("mikkeli");
        var near = page.GetByRole(AriaRole.Region, new() { Name = "Perhekeskukset ja kohtaamispaikat: Mikkeli" });
        // The family centre (its page) and its premises (a meeting place of the same name), then the other places.
        await Expect(near.GetByRole(AriaRole.Link, new() { Name = "Mikkelin perhekeskus", Exact = true })).ToHaveCountAsync(2);
        await Expect(near.GetByRole(AriaRole.Link, new() { Name = "Mikkelin perhekeskus", Exact = true }).First)
            .ToHaveAttributeAsync("href", "/directory/family-centres/mikkelin-perhekeskus");
        await Expect(near.GetByRole(AriaRole.Link, new() { Name = "Mikkelin perhekeskus", Exact = true }).Last)
            .ToHaveAttributeAsync("href", "/directory/places/mikkelin-perhekeskus");
        await Expect(near.GetByRole(AriaRole.Link, new() { Name = "Kartta (Mikkelin perhekeskus, OpenStreetMap)" }))
            .ToHaveAttributeAsync("href", "https://www.openstreetmap.org/?mlat=61.6874&mlon=27.2698#map=16/61.6874/27.2698");
        await Expect(near.GetByRole(AriaRole.Link, new() { Name = "Kohtaamispaikka Kaisla", Exact = true })).ToBeVisibleAsync();

        // The search box leads to the directory search with the words typed.
        await page.GetByRole(AriaRole.Search).GetByLabel("Mitä etsit?").FillAsync("perhekerho");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Hae" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/directory\?q=perhekerho$"));

        // Every public page leads to Perheneuvo from its footer.
        await Expect(page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Perheneuvo – ota yhteyttä" }))
            .ToHaveAttributeAsync("href", "/perheneuvo");
        await page.GotoAsync("/?municipality=mikkeli");
        await ScreenshotAsync(page, "front-page-mikkeli-fi");
    }

    [Theory]
    [InlineData(null, 1280)]
    [InlineData(null, 390)]
    [InlineData("På svenska", 1280)]
    [InlineData("På svenska", 390)]
    [InlineData("In English", 1280)]
    [InlineData("In English", 390)]
    public async Task The_front_page_and_how_to_reach_have_no_violations(string? language, int width)
    {
        var page = await NewPageAsync(width: width);
        await page.GotoAsync("/");
        if (language is not null) await page.GetByRole(AriaRole.Button, new() { Name = language }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language switch { "På svenska" => "sv", "In English" => "en", _ => "fi" });
        await AssertPagesAccessibleAsync(page, Pages);
    }
}

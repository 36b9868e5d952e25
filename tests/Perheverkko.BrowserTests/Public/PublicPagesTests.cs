using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Public;

/// <summary>What anyone sees without signing in.</summary>
public sealed class PublicPagesTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task An_anonymous_visitor_sees_the_front_page_for_families_and_one_click_down_the_twelve_municipalities_and_three_family_centres()
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response!.Status);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fi");
        await Expect(page).ToHaveTitleAsync("Etelä-Savon perhekeskustoiminta – Perheverkko");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Etelä-Savon perhekeskustoiminta");
        // What a family needs leads: the search, Perheneuvo, this week in their municipality.
        await Expect(page.GetByRole(AriaRole.Search).GetByLabel("Mitä etsit?")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Ota yhteyttä Perheneuvoon" }).GetByRole(AriaRole.Link, new() { Name = "Kysy Perheneuvolta" }))
            .ToHaveAttributeAsync("href", "/perheneuvo");
        await Expect(page.GetByLabel("Kunta", new() { Exact = true })).ToBeVisibleAsync();

        // The network's own story is one click down.
        await page.GetByRole(AriaRole.Link, new() { Name = "Lue verkostosta ja sen sopijaosapuolista" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/network$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Perhekeskusverkosto");
        var municipalities = page.GetByRole(AriaRole.Region, new() { Name = "Kunnat (12)" }).GetByRole(AriaRole.Listitem);
        await Expect(municipalities).ToHaveTextAsync(
        [
            "Enonkoski", "Hirvensalmi", "Juva", "Kangasniemi", "Mikkeli", "Mäntyharju",
            "Pertunmaa", "Pieksämäki", "Puumala", "Rantasalmi", "Savonlinna", "Sulkava",
        ]);
        await Expect(municipalities.GetByRole(AriaRole.Link, new() { Name = "Mikkeli", Exact = true }))
            .ToHaveAttributeAsync("href", "/organisations/mikkeli");

        var familyCentres = page.GetByRole(AriaRole.Region, new() { Name = "Perhekeskukset" }).GetByRole(AriaRole.Listitem);
        await Expect(familyCentres).ToHaveCountAsync(3);
        foreach (var name in new[] { "Mikkelin perhekeskus", "Savonlinnan perhekeskus", "Pieksämäen perhekeskus" })
            await Expect(familyCentres.Filter(new() { HasTextString = name })).ToHaveCountAsync(1);

        // Signed out: a way in, no way to the staff area.
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Työtila" })).ToHaveCountAsync(0);
        await page.GotoAsync("/");
        await ScreenshotAsync(page, "front-page-fi");
    }

    [Fact]
    public async Task Visiting_the_staff_area_without_signing_in_leads_to_the_sign_in_page()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/staff");

        await Expect(page).ToHaveURLAsync(new Regex(@"/sign-in\?ReturnUrl=%2Fstaff$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kirjaudu sisään");
        await Expect(page.GetByLabel("Sähköposti")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task The_public_page_of_an_organisation_shows_its_kind_and_periods_but_no_contact_persons()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/organisations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mikkelin kaupunki", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/organisations/mikkeli$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mikkelin kaupunki");
        var facts = page.Locator("dl.facts");
        await Expect(facts.Locator("dt")).ToHaveTextAsync(["Tyyppi", "Osapuolena"]);
        await Expect(facts.Locator("dd")).ToHaveTextAsync(["Kunta", "2022–2023, 2024–2025, 2026–2029"]);

        // The annex's people are for staff only.
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main).Not.ToContainTextAsync("Kaisa Kuvitteellinen");
        await Expect(main).Not.ToContainTextAsync("Matti Meikäläinen");
        await Expect(main).Not.ToContainTextAsync("@perheverkko.example");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Yhteyshenkilöt ja allekirjoittajat" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Näytä työtilassa" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_not_found_page_to_an_anonymous_visitor()
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync("/ei-tallaista-sivua");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sivua ei löytynyt");
        // Says the page does not exist, not "try again later" (issue #13 item 8).
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Sivua ei ole olemassa");
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Yritä hetken päästä");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Etusivu" })).ToHaveAttributeAsync("href", "/");
    }

    [Fact]
    public async Task An_unknown_organisation_answers_404_with_the_not_found_page()
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync("/organisations/ei-tallaista");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sivua ei löytynyt");
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_not_found_page_to_a_signed_in_person()
    {
        var page = await SignedInPageAsync(Perheverkko.Testing.DemoUsers.Professional);
        var response = await page.GotoAsync("/staff/ei-tallaista-sivua");

        Assert.Equal(404, response!.Status);
        await Expect(page).ToHaveURLAsync(new Regex("/staff/ei-tallaista-sivua$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sivua ei löytynyt");
    }
}

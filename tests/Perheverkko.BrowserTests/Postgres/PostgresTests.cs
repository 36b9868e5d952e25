using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Postgres;

/// <summary>The same app on PostgreSQL (the harness's own server): a read, a sign-in and a save through the browser.</summary>
public sealed class PostgresTests(BrowserFixture browser, PostgresApp app) : BrowserTest(browser, app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task On_PostgreSQL_the_front_page_lists_the_network_and_the_Mikkeli_representative_saves_Mikkelis_names()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/network");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Kunnat (12)" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(12);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Perhekeskukset" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);

        await SignInAsync(page, DemoUsers.MikkeliRepresentative);
        await page.GetByRole(AriaRole.Link, new() { Name = "Oma organisaatio" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/staff/organisations/{NetworkSeeder.OrganisationId("mikkeli")}$"));
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "Kaisa Kuvitteellinen" })).ToHaveCountAsync(1);

        var edit = page.GetByRole(AriaRole.Region, new() { Name = "Muokkaa tietoja" });
        await edit.GetByLabel("Nimi englanniksi").FillAsync("City of Mikkeli (PostgreSQL)");
        await edit.GetByLabel("Y-tunnus").FillAsync("1234567-1");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tiedot tallennettu.");

        await page.GotoAsync($"/staff/organisations/{NetworkSeeder.OrganisationId("mikkeli")}");
        await Expect(edit.GetByLabel("Nimi englanniksi")).ToHaveValueAsync("City of Mikkeli (PostgreSQL)");
        await Expect(page.Locator("dl.facts dd").Nth(1)).ToHaveTextAsync("1234567-1");
        await AssertAccessibleAsync(page);
    }
}

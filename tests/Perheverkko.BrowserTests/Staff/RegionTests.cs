using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// The region's terms page (the coordinator's form) and the national administrator's list of regions. The tests share
/// a database: the terms test changes only South Savo's meeting rhythm and reminder interval; the other adds a fictional region.
/// </summary>
public sealed class RegionTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_coordinator_changes_the_regions_terms_and_a_refused_value_keeps_what_was_typed()
    {
        var page = await SignedInPageAsync(DemoUsers.Coordinator);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alueen sopimusehdot" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/region$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alueen sopimusehdot: Etelä-Savon hyvinvointialue");
        await AssertAccessibleAsync(page);

        var form = page.GetByRole(AriaRole.Region, new() { Name = "Muuta ehtoja" });
        await Expect(form.GetByLabel("Allekirjoitusmuistutus, päivää")).ToHaveValueAsync("7");
        await form.GetByLabel("Johtoryhmän kokouksia vuodessa").FillAsync("6");
        await form.GetByLabel("Allekirjoitusmuistutus, päivää").FillAsync("0");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tallenna ehdot" }).ClickAsync();

        await Expect(form.Locator("#reminder-error")).ToHaveTextAsync("Allekirjoitusmuistutus lähtee 1–90 päivän välein.");
        await Expect(form.GetByLabel("Allekirjoitusmuistutus, päivää")).ToHaveValueAsync("0");
        await Expect(form.GetByLabel("Johtoryhmän kokouksia vuodessa")).ToHaveValueAsync("6");
        await Expect(form.GetByLabel("ruotsi")).ToBeCheckedAsync();
        await AssertAccessibleAsync(page);

        await form.GetByLabel("Allekirjoitusmuistutus, päivää").FillAsync("14");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tallenna ehdot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ehdot tallennettiin. Ne koskevat tästä eteenpäin tehtäviä asioita.");
        await Expect(form.GetByLabel("Allekirjoitusmuistutus, päivää")).ToHaveValueAsync("14");
        await Expect(form.GetByLabel("Johtoryhmän kokouksia vuodessa")).ToHaveValueAsync("6");
        await ScreenshotAsync(page, "staff-region-terms");

        // A representative reads the terms but gets no form.
        var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync("/staff/region");
        await Expect(representative.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alueen sopimusehdot: Etelä-Savon hyvinvointialue");
        await Expect(representative.GetByRole(AriaRole.Region, new() { Name = "Muuta ehtoja" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_national_admin_adds_a_region_after_confirming_what_will_be_added()
    {
        var page = await SignedInPageAsync(DemoUsers.Admin);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Alueet" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/regions$"));
        await AssertAccessibleAsync(page);

        var add = page.GetByRole(AriaRole.Region, new() { Name = "Lisää alue" });
        await add.GetByLabel("Lyhyt nimi (osoitteessa)").FillAsync("kuvitteela");
        await add.GetByLabel("Nimi suomeksi").FillAsync("Kuvitteelan hyvinvointialue");
        await add.GetByLabel("Kunnat").FillAsync("990:Kuvitteela:Fiktiva\n99:Liian lyhyt");
        await add.GetByRole(AriaRole.Button, new() { Name = "Tarkista" }).ClickAsync();
        await Expect(add.Locator("#municipalities-error")).ToContainTextAsync("Kuntanumerossa on kolme numeroa (99 ei kelpaa).");
        await Expect(add.GetByLabel("Lyhyt nimi (osoitteessa)")).ToHaveValueAsync("kuvitteela");

        await add.GetByLabel("Kunnat").FillAsync("990:Kuvitteela:Fiktiva\n991:Satula");
        await add.GetByRole(AriaRole.Button, new() { Name = "Tarkista" }).ClickAsync();
        await Expect(add).ToContainTextAsync("Lisättyä aluetta ei voi poistaa.");
        await Expect(add).ToContainTextAsync("990 Kuvitteela (Fiktiva), 991 Satula");
        await AssertAccessibleAsync(page);
        await add.GetByRole(AriaRole.Button, new() { Name = "Vahvista ja lisää alue" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Alue kuvitteela lisättiin.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kuvitteelan hyvinvointialue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/region/kuvitteela$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alueen sopimusehdot: Kuvitteelan hyvinvointialue");
    }
}

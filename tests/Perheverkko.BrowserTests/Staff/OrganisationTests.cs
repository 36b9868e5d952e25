using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// An organisation's staff page: its contact persons and, for those who may, the edit form. The tests of this class
/// share a database: only <see cref="The_Mikkeli_representative_edits_Mikkelis_names_and_sees_the_saved_notice"/>
/// saves, and it changes only the Swedish and English names, which no other test here looks at.
/// </summary>
public sealed class OrganisationTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    public static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");
    public static readonly Guid Savonlinna = NetworkSeeder.OrganisationId("savonlinna");

    [Fact]
    public async Task The_coordinator_finds_Mikkeli_in_the_staff_list_and_sees_its_contact_persons()
    {
        var page = await SignedInPageAsync(DemoUsers.Coordinator);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisaatiot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisaatiot");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mikkelin kaupunki", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/staff/organisations/{Mikkeli}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mikkelin kaupunki");
        var contacts = page.GetByRole(AriaRole.Region, new() { Name = "Yhteyshenkilöt ja allekirjoittajat" }).GetByRole(AriaRole.Table);
        var kaisa = contacts.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "Kaisa Kuvitteellinen" });
        await Expect(kaisa.GetByRole(AriaRole.Cell)).ToHaveTextAsync(
            ["Kaisa Kuvitteellinen", "Allekirjoittaja", "sivistysjohtaja", "kaisa.kuvitteellinen@perheverkko.example", "Poista"]);
        await Expect(contacts.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "Matti Meikäläinen" })).ToHaveCountAsync(1);
        // The coordinator may edit any organisation.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Muokkaa tietoja" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "staff-organisation-mikkeli");
    }

    [Fact]
    public async Task The_Mikkeli_representative_edits_Mikkelis_names_and_sees_the_saved_notice()
    {
        var page = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Oma organisaatio" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/staff/organisations/{Mikkeli}$"));

        var edit = page.GetByRole(AriaRole.Region, new() { Name = "Muokkaa tietoja" });
        await Expect(edit.GetByLabel("Nimi suomeksi")).ToHaveValueAsync("Mikkelin kaupunki");
        await Expect(edit.GetByLabel("Nimi ruotsiksi")).ToHaveValueAsync("S:t Michels stad");
        await edit.GetByLabel("Nimi ruotsiksi").FillAsync("S:t Michels stad (prov)");
        await edit.GetByLabel("Nimi englanniksi").FillAsync("City of Mikkeli (test)");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tiedot tallennettu.");
        await Expect(edit.GetByLabel("Nimi ruotsiksi")).ToHaveValueAsync("S:t Michels stad (prov)");
        await Expect(edit.GetByLabel("Nimi englanniksi")).ToHaveValueAsync("City of Mikkeli (test)");
        await AssertAccessibleAsync(page);

        // Saved, not just echoed: a new load (a GET; a reload would post the form again) shows the names, and the
        // public page in Swedish uses the new one.
        await page.GotoAsync($"/staff/organisations/{Mikkeli}");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await Expect(edit.GetByLabel("Nimi englanniksi")).ToHaveValueAsync("City of Mikkeli (test)");
        await page.GotoAsync("/organisations/mikkeli");
        await page.GetByRole(AriaRole.Button, new() { Name = "På svenska" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("S:t Michels stad (prov)");
    }

    [Fact]
    public async Task An_invalid_business_id_shows_a_message_next_to_the_field_and_saves_nothing()
    {
        var page = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await page.GotoAsync($"/staff/organisations/{Mikkeli}");
        var edit = page.GetByRole(AriaRole.Region, new() { Name = "Muokkaa tietoja" });
        var businessId = edit.GetByLabel("Y-tunnus");
        await businessId.FillAsync("1234567-2");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await Expect(page.Locator("#business-id-error")).ToHaveTextAsync("Y-tunnus ei ole kelvollinen (muoto 1234567-1).");
        await Expect(businessId).ToHaveValueAsync("1234567-2");
        await Expect(businessId).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(businessId).ToHaveAccessibleDescriptionAsync(new Regex("Y-tunnus ei ole kelvollinen"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/staff/organisations/{Mikkeli}");
        await Expect(businessId).ToBeEmptyAsync();
        await Expect(page.Locator("dl.facts dd").Nth(1)).ToHaveTextAsync("–");
    }

    [Fact]
    public async Task The_Savonlinna_representative_sees_no_edit_form_for_Mikkeli_but_has_one_for_Savonlinna()
    {
        var page = await SignedInPageAsync(DemoUsers.SavonlinnaRepresentative);
        await page.GotoAsync($"/staff/organisations/{Mikkeli}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mikkelin kaupunki");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Muokkaa tietoja" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lisää henkilö" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Poista" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/staff/organisations/{Savonlinna}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Savonlinnan kaupunki");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Muokkaa tietoja" })).ToBeVisibleAsync();
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Platform.Access;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

public sealed class SignInTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_coordinator_signs_in_sees_the_staff_area_and_signs_out()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" }).ClickAsync();
        await page.GetByLabel("Sähköposti").FillAsync(DemoUsers.Coordinator);
        await page.GetByLabel("Salasana").FillAsync(Web.Features.Accounts.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Työtila");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Päävalikko" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Maija Meikäläinen" })).ToHaveAttributeAsync("href", "/staff/profile");
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" })).ToHaveCountAsync(0);
        // The coordinator's links include the audit trail, the outbox, their own organisation's people, the workforce overview and communications.
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link)).ToHaveTextAsync(
            ["Organisaatiot", "Perheneuvon jono", "Perheneuvon tilastot", "Ryhmät ja verkostot", "Yhteistyösopimus", "Sopimuksen allekirjoitus", "Hakemisto: omat tiedot", "Palvelutietovaranto (PTV)", "Toimintojen ihmiset",
             "Henkilöstövaatimusten tilanne", "Tiedotteet perheille", "Verkoston tiedotteet", "Materiaalipankki", "Verkoston vuosi", "Toimintasuunnitelma", "Vuosikello", "Kuntien arvioinnit", "Perhekyselyt", "Oma organisaatio", "Alueen sopimusehdot", "Omat tiedot", "Lokitiedot", "Lähtevät viestit"]);

        await navigation.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu ulos" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@":\d+/$"));
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" })).ToBeVisibleAsync();
        await page.GotoAsync("/staff");
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in"));
    }

    [Fact]
    public async Task A_professional_sees_no_audit_trail_or_outbox_links()
    {
        var page = await SignedInPageAsync(DemoUsers.Professional);
        await page.GotoAsync("/staff");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Organisaatiot", "Perheneuvon tilastot", "Ryhmät ja verkostot", "Yhteistyösopimus", "Sopimuksen allekirjoitus", "Hakemisto: omat tiedot",
            "Tiedotteet perheille", "Verkoston tiedotteet", "Materiaalipankki", "Verkoston vuosi", "Toimintasuunnitelma", "Vuosikello", "Kuntien arvioinnit", "Perhekyselyt", "Oma organisaatio", "Alueen sopimusehdot", "Omat tiedot"]);
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_in_the_form_and_keeps_the_email_typed()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Sähköposti").FillAsync(DemoUsers.Coordinator);
        await page.GetByLabel("Salasana").FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/sign-in$"));
        var form = page.Locator("main form").First;
        await Expect(form.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kirjautuminen ei onnistunut. Tarkista sähköposti ja salasana. Jos yrityksiä on ollut monta, odota hetki ennen seuraavaa.");
        await Expect(page.GetByLabel("Sähköposti")).ToHaveValueAsync(DemoUsers.Coordinator);
        await Expect(page.GetByLabel("Salasana")).ToBeEmptyAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kirjaudu" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_empty_form_shows_a_message_next_to_each_field()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();

        await Expect(page.Locator("#email-error")).ToHaveTextAsync("Pakollinen tieto.");
        await Expect(page.Locator("#password-error")).ToHaveTextAsync("Pakollinen tieto.");
        // The messages are tied to their fields, so a screen reader reads them with the field.
        await Expect(page.GetByLabel("Sähköposti")).ToHaveAccessibleDescriptionAsync("Pakollinen tieto.");
        await Expect(page.GetByLabel("Salasana")).ToHaveAccessibleDescriptionAsync("Pakollinen tieto.");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_forgot_password_and_reset_pages_are_accessible_at_desktop_and_phone_widths(int width)
    {
        // Plain forms (the integration tests post them without any script); axe itself needs JavaScript on.
        var page = await NewPageAsync(width: width);
        await page.GotoAsync("/sign-in");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Unohtuiko salasana?" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in/forgot-password$"));
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä linkki" }).ClickAsync();
        await Expect(page.GetByLabel("Sähköposti")).ToHaveAccessibleDescriptionAsync("Pakollinen tieto.");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Sähköposti").FillAsync("ei-tilia@perheverkko.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä linkki" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Jos osoitteella on tili");
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/sign-in/reset-password?token=ei-kelpaa");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Linkki on vanhentunut tai jo käytetty.");
        await AssertAccessibleAsync(page);

        // A real link opens the form; a short password keeps it with a message next to the field (the password is not changed).
        var token = "";
        await App.App.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            token = await services.GetRequiredService<PasswordResetLinks>().NewAsync((await users.FindByEmailAsync(DemoUsers.Professional))!);
        });
        await page.GotoAsync($"/sign-in/reset-password?token={Uri.EscapeDataString(token)}");
        await page.GetByLabel("Uusi salasana").FillAsync("lyhyt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aseta salasana" }).ClickAsync();
        await Expect(page.GetByLabel("Uusi salasana")).ToHaveAccessibleDescriptionAsync("Vähintään 12 merkkiä.");
        await AssertAccessibleAsync(page);
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Web.Features.FamilyAdvice;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.FamilyAdvice;

/// <summary>
/// Perheneuvo as a parent uses it: the form, the receipt and the private answer page work without JavaScript, and
/// axe-core finds nothing on them in Finnish, Swedish and English, wide and narrow.
/// </summary>
public sealed class FamilyContactBrowserTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_parent_sends_a_question_for_Juva_without_JavaScript_reads_the_answer_page_and_writes_back()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/perheneuvo");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kysy Perheneuvolta");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lomake ei ole kiireellisiin tilanteisiin" })).ToBeVisibleAsync();

        // A missing question is pointed out next to its field; nothing the parent chose is lost.
        await page.GetByLabel("Kunta").SelectOptionAsync(new SelectOptionValue { Label = "Juva" });
        await page.GetByLabel("Aihe").SelectOptionAsync(new SelectOptionValue { Label = "Vanhemmuus" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä kysymys" }).ClickAsync();
        await Expect(page.Locator("#advice-question-error")).ToHaveTextAsync("Pakollinen tieto.");
        await Expect(page.GetByLabel("Kunta")).ToHaveValueAsync(Perheverkko.Web.Features.Organisations.NetworkSeeder.MunicipalityId("juva").ToString());

        await page.GetByLabel("Kysymyksesi tai asiasi").FillAsync("Miten saan 3-vuotiaan nukkumaan omassa sängyssään?");
        await page.GetByLabel("Vain omalla vastaussivullani (ei yhteystietoja)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä kysymys" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kiitos, kysymyksesi on vastaanotettu");
        var reference = await page.Locator("#advice-reference").InnerTextAsync();
        Assert.Matches("^PN-", reference);
        var link = await page.Locator("#advice-answer-link").GetAttributeAsync("href");
        var contact = await App.App.WithDbAsync(db => db.FamilyContacts.SingleAsync(c => c.Reference == reference));
        Assert.Equal(FamilyAdviceSeeder.TeamId("juva"), contact.TeamId);

        await page.GotoAsync(new Uri(link!).PathAndQuery);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Yhteydenottosi Perheneuvoon");
        await Expect(page.GetByText("Miten saan 3-vuotiaan nukkumaan omassa sängyssään?")).ToBeVisibleAsync();
        await page.GetByLabel("Viestisi").FillAsync("Lisäys: hän herää joka yö kello kolme.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä viesti" }).ClickAsync();
        await Expect(page.GetByText("Viestisi on lähetetty Perheneuvolle.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Lisäys: hän herää joka yö kello kolme.")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("fi", 1280)]
    [InlineData("fi", 390)]
    [InlineData("sv", 1280)]
    [InlineData("sv", 390)]
    [InlineData("en", 1280)]
    [InlineData("en", 390)]
    public async Task The_form_the_receipt_and_the_answer_page_have_no_WCAG_A_or_AA_violations(string language, int width)
    {
        var page = await NewPageAsync(width: width);
        await page.GotoAsync("/perheneuvo");
        if (language != "fi")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = language == "sv" ? "På svenska" : "In English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        }
        await AssertAccessibleAsync(page);

        // The form with its field messages.
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#advice-question-error")).Not.ToBeEmptyAsync();
        await AssertAccessibleAsync(page);

        await page.Locator("#Input_MunicipalityId").SelectOptionAsync(Perheverkko.Web.Features.Organisations.NetworkSeeder.MunicipalityId("juva").ToString());
        await page.Locator("#Input_TopicId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_Question").FillAsync("Question for the accessibility check");
        await page.Locator("input[name='Input.AnswerBy'][value='AnswerPage']").CheckAsync();
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#advice-reference")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        var link = await page.Locator("#advice-answer-link").GetAttributeAsync("href");
        await page.GotoAsync(new Uri(link!).PathAndQuery);
        await Expect(page.Locator("#advice-conversation")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// The year cycle's survey and evaluation (issue 17 items 3 and 4), without script: the coordinator starts the survey
/// from the template and opens it (confirming); two families answer in browsers of their own, and a second answer from
/// the first family's browser is refused; the results show hidden small cells. Mikkeli's representative saves a draft
/// evaluation and submits it (confirming). Every new page passes axe at 1280 and 390 pixels.
/// </summary>
public sealed class YearCycleSurveyAndEvaluationTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Families_answer_the_opened_survey_once_each_and_a_municipality_submits_its_evaluation()
    {
        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Perhekyselyt" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Aloita kysely pohjasta" }).ClickAsync();
        await Expect(coordinator.GetByText("Kysely luotu pohjasta.")).ToBeVisibleAsync();
        var survey = new Uri(coordinator.Url).AbsolutePath;
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Avaa kysely…" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Avataanko kysely?" })).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kyllä, avaa" }).ClickAsync();
        await Expect(coordinator.GetByText("Kysely avattu vastattavaksi.")).ToBeVisibleAsync();
        var publicPath = await coordinator.Locator("#public-link").GetAttributeAsync("href");

        // The first family opens the form in two tabs of one browser: the second tab's answer is refused.
        var family = await NewPageAsync(javaScript: false);
        await family.GotoAsync(publicPath!);
        var secondTab = await family.Context.NewPageAsync();
        await secondTab.GotoAsync(publicPath!);
        await family.Locator("#q0_v4").CheckAsync();
        await family.GetByLabel("Vertaistukea").CheckAsync();
        await family.Locator("#Input_AgeGroup").SelectOptionAsync("Age0To2");
        await family.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(family.Locator("#survey-thanks")).ToBeVisibleAsync();
        await secondTab.Locator("#q0_v2").CheckAsync();
        await secondTab.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(secondTab.GetByText("Tällä selaimella on jo vastattu kyselyyn. Kiitos!")).ToBeVisibleAsync();
        await family.GotoAsync(publicPath!);
        await Expect(family.Locator("#survey-answered")).ToBeVisibleAsync();

        var other = await NewPageAsync(javaScript: false);
        await other.GotoAsync(publicPath!);
        await other.Locator("#q0_v5").CheckAsync();
        await other.Locator("#q2_v3").CheckAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(other.Locator("#survey-thanks")).ToBeVisibleAsync();

        // Two answers: every count under five is hidden.
        await coordinator.GotoAsync($"{survey}/results");
        await Expect(coordinator.GetByText("Vastauksia yhteensä: ..")).ToBeVisibleAsync();
        Assert.True(await coordinator.Locator("table.counts td", new() { HasTextString = ".." }).CountAsync() > 0);
        Assert.Equal(0, await coordinator.Locator("table.counts td", new() { HasTextRegex = new Regex("^[1-4]$") }).CountAsync());

        // Mikkeli's representative: a draft, then the submission's second step.
        var year = DateTime.UtcNow.Year - 1;
        var rep = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await rep.GotoAsync("/staff");
        await rep.GetByRole(AriaRole.Link, new() { Name = "Kuntien arvioinnit" }).ClickAsync();
        await rep.GetByRole(AriaRole.Link, new() { Name = "Mikkeli" }).ClickAsync();
        var form = new Uri(rep.Url).AbsolutePath;
        await rep.Locator("#row0_title").FillAsync("Lasten liikunta lisääntyy");
        await rep.Locator("#row0_status").SelectOptionAsync("Progressing");
        await rep.Locator("#row0_narrative").FillAsync("Liikuntakerhoja on nyt kolmessa koulussa.");
        await rep.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Expect(rep.GetByText("Luonnos tallennettu.")).ToBeVisibleAsync();
        await Expect(rep.Locator("#row0_narrative")).ToHaveValueAsync("Liikuntakerhoja on nyt kolmessa koulussa.");
        await rep.GetByRole(AriaRole.Button, new() { Name = "Lähetä arviointi…" }).ClickAsync();
        await Expect(rep.GetByRole(AriaRole.Heading, new() { Name = "Lähetetäänkö arviointi?" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(rep);
        await rep.GetByRole(AriaRole.Button, new() { Name = "Kyllä, lähetä" }).ClickAsync();
        await Expect(rep.GetByText("Arviointi lähetetty. Kiitos!")).ToBeVisibleAsync();
        await Expect(rep.Locator("#evaluation-state")).ToHaveTextAsync("Lähetetty");

        var savonlinna = $"/staff/evaluations/{year}/{Web.Features.Organisations.NetworkSeeder.MunicipalityId("savonlinna")}";
        foreach (var width in new[] { 1280, 390 })
        {
            var visitor = await NewPageAsync(width: width);
            await AssertPagesAccessibleAsync(visitor, [publicPath!]);
            var lead = await SignedInPageAsync(DemoUsers.Coordinator, width);
            await AssertPagesAccessibleAsync(lead, ["/staff/surveys", survey, $"{survey}/results", $"{survey}/free-text", $"/staff/evaluations/{year}", form, savonlinna]);
        }
    }
}

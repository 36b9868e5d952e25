using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using static Microsoft.Playwright.Assertions;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.BrowserTests.YearCycle;

/// <summary>
/// The action plan end to end (issue #17 item 1): the coordinator drafts a goal, a party's representative comments on it,
/// the coordinator records the leadership group's numbered decision and publishes after confirming, and the public page
/// shows the plan; the year clock's page renders its strip and table. The new pages pass axe at 1280 and 390 pixels.
/// </summary>
public sealed class ActionPlanJourneyTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    /// <summary>A held leadership-group meeting whose minutes number one decision, through governance's own API.</summary>
    private async Task DecisionAsync(DateOnly day)
    {
        var test = App.App;
        using var coordinator = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        coordinator.DefaultRequestHeaders.Authorization = new("Bearer", await test.IssueTokenAsync(DemoUsers.Coordinator));
        var anna = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships", new
        {
            name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Member",
            from = DateOnly.FromDateTime(test.Clock.GetUtcNow().UtcDateTime).AddDays(-1),
        }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day, startTime = "09:00:00", endTime = "11:00:00", mode = "InPerson", place = "Mikkelin kaupungintalo" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = "Toimintasuunnitelma 2026", kind = "Decision", proposal = "Hyväksytään." }));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null));
        test.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(day, new TimeOnly(12, 0)), TimeSpan.Zero));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}/attendance", new
        {
            members = new[] { new { membershipId = anna, kind = "Present", deputyId = (Guid?)null } }, guests = Array.Empty<string>(),
        }));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{item}/minutes", new { discussion = "Käytiin läpi.", decision = "Hyväksyttiin." }));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null));
    }

    [Fact]
    public async Task The_coordinator_drafts_a_representative_comments_the_leadership_group_processes_and_the_plan_is_published()
    {
        // The decision is taken next January, which moves the app's clock there.
        var year = App.App.NextYear();
        await DecisionAsync(new DateOnly(year, 1, 12));

        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Toimintasuunnitelma", Exact = true }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Toimintasuunnitelma 2026" }).ClickAsync();
        await coordinator.Locator("#Input_Area").SelectOptionAsync("GroupActivities");
        await coordinator.Locator("#Input_Title_Fi").FillAsync("Isäryhmät");
        await coordinator.Locator("#Input_Description_Fi").FillAsync("Isille oma vertaisryhmä kerran kuussa.");
        await coordinator.Locator("#goal-form").GetByLabel("Mikkelin kaupunki").CheckAsync();
        await coordinator.Locator("#Input_Measures").FillAsync("Ryhmä alkaa syyskuussa.");
        await coordinator.Locator("#Input_Indicator").FillAsync("Perhekyselyn kysymys: sain vertaistukea");
        await coordinator.Locator("#Input_Resources_0_OrganisationId").SelectOptionAsync(new SelectOptionValue { Label = "Mikkelin kaupunki" });
        await coordinator.Locator("#Input_Resources_0_Kind").SelectOptionAsync("WorkingTime");
        await coordinator.Locator("[name='Input.Resources[0].Description']").FillAsync("2 h/vko");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tallenna tavoite" }).ClickAsync();
        await Expect(coordinator.GetByText("Tavoite tallennettu.")).ToBeVisibleAsync();
        var goal = coordinator.Locator("article", new() { HasText = "Isäryhmät" });
        await Expect(goal).ToContainTextAsync("Mikkelin kaupunki: työaika, 2 h/vko");

        var representative = await SignedInPageAsync(DemoUsers.SavonlinnaRepresentative);
        await representative.GotoAsync("/staff/action-plans/2026");
        await Expect(representative.Locator("#goal-form")).ToHaveCountAsync(0);
        var commented = representative.Locator("article", new() { HasText = "Isäryhmät" });
        await commented.GetByLabel("Kommentoi tavoitetta ”Isäryhmät”").FillAsync("Savonlinnassa voisi aloittaa samalla mallilla.");
        await commented.GetByRole(AriaRole.Button, new() { Name = "Lähetä kommentti" }).ClickAsync();
        await Expect(representative.GetByText("Kommentti tallennettu.")).ToBeVisibleAsync();
        await Expect(representative.Locator("article", new() { HasText = "Isäryhmät" })).ToContainTextAsync("Savonlinnassa voisi aloittaa samalla mallilla.");
        await Expect(representative.GetByRole(AriaRole.Button, new() { Name = "Julkaise suunnitelma" })).ToHaveCountAsync(0);

        foreach (var width in new[] { 1280, 390 })
        {
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator, width), ["/staff/action-plans", "/staff/action-plans/2026", "/staff/year-clock"]);
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.SavonlinnaRepresentative, width), ["/staff/action-plans/2026"]);
        }

        await coordinator.GotoAsync("/staff/action-plans/2026");
        await coordinator.Locator("#DecisionId").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kirjaa käsittely" }).ClickAsync();
        await Expect(coordinator.GetByText("Johtoryhmän käsittely kirjattu.")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("dl.facts").First).ToContainTextAsync($"§ 1/{year}");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Julkaise suunnitelma" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Julkaistaanko suunnitelma?" })).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Kyllä, julkaise" }).ClickAsync();
        await Expect(coordinator.GetByText("Suunnitelma julkaistu.")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("#goal-form")).ToHaveCountAsync(0);

        var visitor = await NewPageAsync(javaScript: false);
        await visitor.GotoAsync("/action-plan/2026");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("toimintasuunnitelma 2026");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Isäryhmät" })).ToBeVisibleAsync();
        await Expect(visitor.GetByText("Savonlinnassa voisi aloittaa")).ToHaveCountAsync(0);

        // "Start 2027 from 2026", then the comparison of the two.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Aloita 2027 vuoden 2026 pohjalta" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Toimintasuunnitelma 2027");

        var clock = await SignedInPageAsync(DemoUsers.Professional);
        await clock.GotoAsync("/staff/year-clock");
        await Expect(clock.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Vuosikello {year}");
        await Expect(clock.GetByRole(AriaRole.Img, new() { Name = $"Vuosikello {year} kuukausittain" })).ToBeVisibleAsync();
        await Expect(clock.Locator("table")).ToContainTextAsync("Sopimuksen irtisanomisen määräpäivä");

        foreach (var width in new[] { 1280, 390 })
        {
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator, width),
                ["/staff/action-plans/2026", "/staff/action-plans/2027", "/staff/action-plans/2027/compare", $"/staff/year-clock?year={year}"]);
            var page = await NewPageAsync(width: width);
            await AssertPagesAccessibleAsync(page, ["/action-plan/2026", "/r/etela-savo/action-plan/2026"]);
            await page.GetByRole(AriaRole.Button, new() { Name = "På svenska" }).ClickAsync();
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "In English" }).ClickAsync();
            await AssertAccessibleAsync(page);
        }
        Assert.Empty(TakeCspViolations());
    }
}

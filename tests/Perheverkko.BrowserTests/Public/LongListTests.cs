using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using static Microsoft.Playwright.Assertions;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.BrowserTests.Public;

/// <summary>
/// A large town's lists as a family meets them, without JavaScript: the municipality page shows the first twenty of
/// each long list with how many there are and a link to the rest, and the week's programme goes a page at a time.
/// Its own app: the 21 activities it adds would change what the other directory tests find in Hirvensalmi.
/// </summary>
public sealed class LongListTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_family_goes_from_a_municipality_page_to_all_its_activities_and_through_the_week_page_by_page()
    {
        var monday = App.App.NextYearOn(3, 1).OnOrAfter(DayOfWeek.Monday);
        App.App.SetHelsinkiTime(monday, 8);
        // Through the API over Kestrel, as the other journeys that need data do (the in-memory client has no server here).
        using var coordinator = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        coordinator.DefaultRequestHeaders.Authorization = new("Bearer", await App.App.IssueTokenAsync(DemoUsers.Coordinator));
        var everyDay = new { starts = "17:00", ends = "18:00", days = Enum.GetNames<DayOfWeek>(), from = monday.Iso(), dates = Array.Empty<string>(), cancelled = Array.Empty<string>() };
        for (var i = 0; i < 21; i++)
            await PublishedAsync(App.App, coordinator, Activity($"Iltakerho {i:00}", Hirvensalmi, HirvensalmiPlace, everyDay,
                organisation: Web.Features.Organisations.NetworkSeeder.OrganisationId("hirvensalmi")));

        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/directory/municipalities/hirvensalmi");
        var activities = page.GetByRole(AriaRole.Region, new() { Name = "Toiminta", Exact = true });
        await Expect(activities.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(20);
        await Expect(activities.GetByText(new Regex(@"^Ensimmäiset 20/\d+\."))).ToBeVisibleAsync();

        await activities.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Kaikki \d+ toimintaa haussa$") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/directory\?municipality=hirvensalmi&kind=Activity$"));
        await Expect(page.GetByLabel("Laji")).ToHaveValueAsync("Activity");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Iltakerho 00", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/directory/municipalities/hirvensalmi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Koko viikon ohjelma" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/directory/municipalities/hirvensalmi/this-week$"));
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Tulossivut" });
        await Expect(pager.GetByText(new Regex(@"^Sivu 1/\d+$"))).ToBeVisibleAsync();
        await pager.GetByRole(AriaRole.Link, new() { Name = "Seuraava sivu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/this-week\?page=2$"));
        await Expect(pager.GetByText(new Regex(@"^Sivu 2/\d+$"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Iltakerho" }).First).ToBeVisibleAsync();
        await pager.GetByRole(AriaRole.Link, new() { Name = "Edellinen sivu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/this-week$"));

        // axe-core runs in a page with JavaScript: the long lists with their totals, and the pager.
        await AssertPagesAccessibleAsync(await NewPageAsync(),
            ["/directory/municipalities/hirvensalmi", "/directory/municipalities/hirvensalmi/this-week?page=2", "/directory?municipality=hirvensalmi&kind=Activity"]);
    }
}

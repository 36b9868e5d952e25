using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>
/// Issue #13 items 5 and 6 in a browser: a representative finds their organisation's draft on the staff desk and follows
/// it to its screen; the coordinator filters the audit trail by an event named in Finnish. The desk, the audit page and
/// the outbox pass axe at 1280 and 390 px.
/// </summary>
public sealed class StaffDeskTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_representative_follows_a_desk_item_and_the_coordinator_reads_the_trail_in_Finnish()
    {
        // Mikkeli's seeded draft has no leader named: the publish gate holds it, and the desk says so.
        var draft = DirectorySeeder.ActivityId("satutuokio-mikkeli");
        var representative = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await representative.GotoAsync("/staff");
        var desk = representative.Locator("section.desk");
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Odottaa sinua");
        await Expect(desk.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Luonnoksia, joita ei voi vielä julkaista: \\d+$") })).ToBeVisibleAsync();
        await AssertAccessibleAsync(representative);
        await desk.Locator($"a[href='/staff/directory/activities/{draft}']").ClickAsync();
        await Expect(representative).ToHaveURLAsync(new Regex($"/staff/directory/activities/{draft}$"));

        var coordinator = await SignedInPageAsync(DemoUsers.Coordinator);
        await coordinator.GotoAsync("/staff/audit");
        await coordinator.GetByLabel("Tapahtuma").SelectOptionAsync(new SelectOptionValue { Label = "Kirjautuminen onnistui" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Suodata" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new Regex("event=SignInSucceeded"));
        var rows = coordinator.Locator("table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(rows.First.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("Kirjautuminen onnistui");
        await Expect(rows.First.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync(new Regex(@"^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}\.\d{2}$"));

        foreach (var width in new[] { 1280, 390 })
        {
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.MikkeliRepresentative, width), ["/staff"]);
            await AssertPagesAccessibleAsync(await SignedInPageAsync(DemoUsers.Coordinator, width), ["/staff", "/staff/audit?event=SignInSucceeded", "/staff/outbox"]);
        }
    }
}

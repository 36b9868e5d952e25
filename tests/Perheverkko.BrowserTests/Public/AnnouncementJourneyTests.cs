using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Public;

/// <summary>
/// Announcements end to end (issue #18): Mikkeli's representative writes one for Mikkeli on the staff page; a family, in a
/// browser of its own, sees it on the front page and on Mikkeli's page, and the RSS feed the page's head advertises carries
/// it. The new public and staff pages pass axe at 1280 and 390 pixels.
/// </summary>
public sealed class AnnouncementJourneyTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private const string Title = "Vauvaperheiden aamupäivä alkaa Kaislassa";

    [Fact]
    public async Task A_representative_writes_an_announcement_for_Mikkeli_and_a_family_sees_it_on_the_pages_and_in_the_feed()
    {
        var staff = await SignedInPageAsync(DemoUsers.MikkeliRepresentative);
        await staff.GotoAsync("/staff");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Tiedotteet perheille" }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Uusi tiedote" }).ClickAsync();
        await Expect(staff).ToHaveURLAsync(new Regex("/staff/announcements/new$"));
        await staff.Locator("#Input_MunicipalityId").SelectOptionAsync(NetworkSeeder.MunicipalityId("mikkeli").ToString());
        await staff.Locator("#Input_Title_Fi").FillAsync(Title);
        await staff.Locator("#Input_Body_Fi").FillAsync("Uusi ryhmä **vauvaperheille** torstaisin klo 10–12. Tervetuloa!");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Tallenna tiedote" }).ClickAsync();
        await Expect(staff.GetByText("Tiedote tallennettiin.")).ToBeVisibleAsync();
        var edit = new Uri(staff.Url).AbsolutePath;
        var id = edit.Split('/').Last();

        // A family: no account, a browser of its own.
        var family = await NewPageAsync();
        await family.GotoAsync("/");
        var slot = family.Locator("section[aria-labelledby=announcements]");
        await Expect(slot.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        await family.GotoAsync("/directory/municipalities/mikkeli");
        await Expect(family.Locator("section[aria-labelledby=announcements]").GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        var rss = await family.Locator("head link[rel=alternate][type='application/rss+xml']").GetAttributeAsync("href");
        Assert.Equal("/directory/municipalities/mikkeli/announcements.rss", rss);
        var feed = await family.APIRequest.GetAsync(rss!);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("application/rss+xml", feed.Headers["content-type"]);
        Assert.Contains($"<title>{Title}</title>", await feed.TextAsync());
        await family.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(family.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(family.Locator("strong", new() { HasText = "vauvaperheille" })).ToBeVisibleAsync();

        foreach (var width in new[] { 1280, 390 })
        {
            var visitor = await NewPageAsync(width: width);
            await AssertPagesAccessibleAsync(visitor, ["/", "/announcements", $"/announcements/{id}", "/directory/municipalities/mikkeli"]);
            var writer = await SignedInPageAsync(DemoUsers.MikkeliRepresentative, width);
            await AssertPagesAccessibleAsync(writer, ["/staff/announcements", "/staff/announcements/new", edit]);
            // The withdrawal's second step is a page state of its own.
            await writer.GetByRole(AriaRole.Button, new() { Name = "Peru tiedote…" }).ClickAsync();
            await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "Vahvista peruminen" })).ToBeVisibleAsync();
            await AssertAccessibleAsync(writer);
        }
    }
}

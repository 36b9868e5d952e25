using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;

namespace Perheverkko.BrowserTests.Layout;

/// <summary>WCAG 1.4.10 (Reflow, AA): at 320 CSS pixels wide the page scrolls only up and down; a wide table may scroll sideways inside itself.</summary>
public sealed class ReflowTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("anonymous", "/")]
    [InlineData("anonymous", "/organisations")]
    [InlineData("anonymous", "/sign-in")]
    [InlineData(DemoUsers.Coordinator, "/staff/organisations/{mikkeli}")]
    [InlineData(DemoUsers.Coordinator, "/staff/profile")]
    [InlineData(DemoUsers.Coordinator, "/staff/audit")]
    public async Task The_page_fits_a_320_pixel_wide_screen_without_sideways_scrolling(string person, string path)
    {
        var page = person == "anonymous" ? await NewPageAsync(width: 320) : await SignedInPageAsync(person, width: 320);
        await page.GotoAsync(path.Replace("{mikkeli}", NetworkSeeder.OrganisationId("mikkeli").ToString()));
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        await ScreenshotAsync(page, "narrow" + path.Replace("{mikkeli}", "mikkeli").Replace('/', '-'));
        if (widths[0] > widths[1])
        {
            var wide = await page.EvaluateAsync<string[]>(@"w => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                .slice(0, 10)", widths[1]);
            Assert.Fail($"{path} is {widths[0]} px wide in a {widths[1]} px window; too wide: {string.Join(", ", wide)}");
        }
        await AssertAccessibleAsync(page);
    }
}

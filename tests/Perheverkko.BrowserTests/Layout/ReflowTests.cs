using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;

namespace Perheverkko.BrowserTests.Layout;

/// <summary>WCAG 1.4.10 (Reflow, AA): at 320 CSS pixels wide a page scrolls only up and down; a wide table may scroll sideways inside itself.</summary>
public sealed class ReflowTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    private const int Width = 320;
    private static readonly string MikkeliStaffPage = $"/staff/organisations/{NetworkSeeder.OrganisationId("mikkeli")}";

    [Fact]
    public async Task The_public_pages_fit_a_320_pixel_wide_screen_without_sideways_scrolling() =>
        await AssertFitsAsync(await NewPageAsync(width: Width),
        [
            "/", "/?municipality=mikkeli", "/network", "/organisations", "/organisations/mikkeli", "/sign-in",
            "/agreement", "/agreement/changes?from=2022-2023&to=2026-2029", "/agreement/2026-2029/decisions", "/agreement/verify",
            "/directory", "/directory?q=perhekerho+Mikkeliss%C3%A4&week=true", $"/directory/activities/{DirectorySeeder.ActivityId("perhekerho-mikkeli")}",
            $"/directory/services/{DirectorySeeder.ServiceId("neuvola-mikkeli")}", "/directory/places/kohtaamispaikka-kaisla",
            "/directory/municipalities/mikkeli", "/directory/municipalities/savonlinna/this-week", "/directory/family-centres/savonlinnan-perhekeskus",
            "/tietosuoja", "/saavutettavuus", "/saavutettavuus/kiitos",
        ], screenshotOf: "/");

    [Fact]
    public async Task The_staff_pages_fit_a_320_pixel_wide_screen_without_sideways_scrolling() =>
        await AssertFitsAsync(await SignedInPageAsync(DemoUsers.Coordinator, width: Width),
        [
            "/staff", "/staff/organisations", MikkeliStaffPage, "/staff/profile",
            "/staff/profile/two-factor", "/staff/audit", "/staff/outbox", "/staff/agreement", "/staff/agreement/2026-2029",
            "/staff/signing", "/staff/signing/2026-2029", $"/staff/signing/2026-2029/parties/{NetworkSeeder.OrganisationId("mikkeli")}",
            "/staff/signing/2026-2029/annex", "/staff/directory", "/staff/directory/activities",
            $"/staff/directory/activities/{DirectorySeeder.ActivityId("satutuokio-mikkeli")}", $"/staff/directory/places/{DirectorySeeder.PlaceId("kohtaamispaikka-kaisla")}",
        ], screenshotOf: MikkeliStaffPage);

    /// <param name="screenshotOf">The page of which to keep a screenshot, to look at by eye.</param>
    private static async Task AssertFitsAsync(IPage page, string[] paths, string screenshotOf)
    {
        Assert.Equal(Width, page.ViewportSize!.Width);
        var tooWide = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            if (path == screenshotOf) await ScreenshotAsync(page, path == "/" ? "narrow-front-page" : "narrow-staff-organisation");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] <= widths[1]) continue;
            var culprits = await page.EvaluateAsync<string[]>(@"w => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                .slice(0, 10)", widths[1]);
            tooWide.Add($"{path} is {widths[0]} px wide in a {widths[1]} px window; reaching past it: {string.Join(", ", culprits)}");
        }
        Assert.True(tooWide.Count == 0, string.Join("\n", tooWide));
    }
}

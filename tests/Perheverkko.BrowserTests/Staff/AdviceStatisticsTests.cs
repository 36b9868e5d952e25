using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

/// <summary>Perheneuvo's statistics page: the coordinator chooses a year without script, reads the tables and downloads the CSV.</summary>
public sealed class AdviceStatisticsTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_coordinator_reads_a_years_statistics_and_downloads_the_CSV(int width)
    {
        await SeedOnceAsync();
        var page = await SignedInPageAsync(DemoUsers.Coordinator, width);
        await page.GotoAsync("/staff/perheneuvo/tilastot");
        await page.GetByLabel("Vuosi").SelectOptionAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Näytä" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/perheneuvo/tilastot\\?year=2025$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Perheneuvon tilastot 2025");
        var byMonth = page.GetByRole(AriaRole.Table, new() { Name = "Yhteydenotot kuukausittain ja kanavittain" });
        await Expect(byMonth.GetByRole(AriaRole.Row, new() { Name = "Toukokuu 2025" })).ToContainTextAsync("9");
        // Mikkeli's 7 are shown; Juva's 2 are hidden with what would give them away.
        var byMunicipality = page.GetByRole(AriaRole.Table, new() { Name = "Yhteydenotot kunnittain ja aiheittain" });
        await Expect(byMunicipality.GetByRole(AriaRole.Row, new() { Name = "Juva" })).ToContainTextAsync("..");
        await Expect(page.GetByText("Merkintä .. tarkoittaa")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Lataa taulukot CSV-tiedostona" }).ClickAsync());
        Assert.Equal("perheneuvon-tilastot-2025.csv", download.SuggestedFilename);
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains("Toukokuu 2025;9;0;0;9", csv);
        Assert.Contains("Juva;..;", csv);
        if (width == 1280) await ScreenshotAsync(page, "staff-advice-statistics");
    }

    /// <summary>In Swedish and English (as another staff member, so the coordinator's language stays Finnish).</summary>
    [Theory]
    [InlineData("sv", 1280)]
    [InlineData("sv", 390)]
    [InlineData("en", 1280)]
    [InlineData("en", 390)]
    public async Task The_statistics_page_has_no_WCAG_A_or_AA_violations_in_Swedish_and_English(string language, int width)
    {
        await SeedOnceAsync();
        var page = await SignedInPageAsync(DemoUsers.Professional, width);
        await page.GotoAsync("/staff/perheneuvo/tilastot?year=2025");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "sv" ? "På svenska" : "In English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.GotoAsync("/staff/perheneuvo/tilastot?year=2025");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(language == "sv" ? "Familjerådgivningens statistik 2025" : "Perheneuvo statistics 2025");
        await AssertAccessibleAsync(page);
    }

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>9 contacts in May 2025: 7 from Mikkeli, 2 from Juva (all electronic, on the first topic).</summary>
    private async Task SeedOnceAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            await App.App.WithDbAsync(async db =>
            {
                if (await db.FamilyContacts.AnyAsync(c => c.Reference.StartsWith("PN-BROWSER-"))) return 0;
                var settings = await db.AdviceSettings.AsNoTracking().SingleAsync(s => s.RegionId == NetworkSeeder.SouthSavo);
                var received = HelsinkiTime.ToUtc(new DateOnly(2025, 5, 6), new TimeOnly(10, 0));
                for (var i = 0; i < 9; i++)
                    db.FamilyContacts.Add(new FamilyContact(Guid.CreateVersion7(), NetworkSeeder.SouthSavo, $"PN-BROWSER-{i}", ContactChannel.Electronic,
                        NetworkSeeder.MunicipalityId(i < 7 ? "mikkeli" : "juva"), SeedIds.For("advice-topic", $"{NetworkSeeder.SouthSavo:N}-0"),
                        AnswerBy.AnswerPage, "fi", SealedContactDetails.None, null, AdviceCalendar.DueOn(settings, received), received));
                return await db.SaveChangesAsync();
            });
        }
        finally { Seeding.Release(); }
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Perheverkko.BrowserTests.Infrastructure;
using Perheverkko.Testing;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Staff;

public sealed class ProfileTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_new_access_token_is_shown_once_works_against_the_API_and_stops_working_when_revoked()
    {
        var page = await SignedInPageAsync(DemoUsers.Professional);
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Omat tiedot", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Omat tiedot");

        await page.GetByLabel("Tunnisteen nimi").FillAsync("selaintesti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo tunniste" }).ClickAsync();

        var shown = page.GetByTestId("new-token");
        await Expect(shown).ToBeVisibleAsync();
        var secret = (await shown.TextContentAsync())!.Trim();
        Assert.True(secret.Length >= 20, $"The secret '{secret}' is too short to be one.");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("kopioi se nyt");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "selaintesti" });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("voimassa");
        var prefix = (await row.GetByRole(AriaRole.Cell).Nth(1).TextContentAsync())!.Trim().TrimEnd('…');
        Assert.StartsWith(prefix, secret);
        await Expect(page.GetByLabel("Tunnisteen nimi")).ToBeEmptyAsync();
        await AssertAccessibleAsync(page);

        // The secret is a real credential for the API.
        Assert.Equal(200, await ApiStatusAsync(page, secret));

        // Shown once: a new load of the page lists the token but not its secret.
        await page.GotoAsync("/staff/profile");
        await Expect(page.GetByTestId("new-token")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(secret);
        await Expect(row).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Peru tunniste selaintesti" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tunniste peruttu.");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("ei voimassa");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
        Assert.Equal(401, await ApiStatusAsync(page, secret));
    }

    [Fact]
    public async Task A_token_without_a_name_shows_a_message_next_to_the_name_field()
    {
        var page = await SignedInPageAsync(DemoUsers.Professional);
        await page.GotoAsync("/staff/profile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo tunniste" }).ClickAsync();

        await Expect(page.Locator("#token-name-error")).Not.ToBeEmptyAsync();
        await Expect(page.GetByLabel("Tunnisteen nimi")).ToHaveAccessibleDescriptionAsync(new Regex(".+"));
        await Expect(page.GetByTestId("new-token")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }

    private static async Task<int> ApiStatusAsync(IPage page, string secret)
    {
        // A bearer token, not the page's cookie: the app picks the token scheme whenever the header is there.
        var response = await page.APIRequest.GetAsync("/api/v1/me", new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + secret } });
        return response.Status;
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Infrastructure;

/// <summary>The checks the other tests rely on, checked themselves: a check that can never fail proves nothing.</summary>
public sealed class HarnessTests(BrowserFixture browser, SqliteApp app) : BrowserTest(browser, app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_browser_reaches_the_app_over_TCP_on_the_loopback_address()
    {
        Assert.Matches(new Regex(@"^http://127\.0\.0\.1:\d+$"), App.BaseUrl);
        var page = await NewPageAsync();
        var response = await page.GotoAsync("/health");
        var server = await response!.ServerAddrAsync();
        Assert.Equal("127.0.0.1", server!.IpAddress);
        Assert.Equal(new Uri(App.BaseUrl).Port, server.Port);
        await Expect(page.Locator("body")).ToHaveTextAsync("Healthy");
    }

    [Fact]
    public async Task The_axe_check_reports_a_violation_with_its_rule_help_and_element()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.id = 'no-alt'; img.src = '/missing.png'; document.querySelector('main').append(img); }");

        var report = await AxeReportAsync(page);
        Assert.NotNull(report);
        Assert.Contains("image-alt", report);
        Assert.Contains("Images must have alternative text", report);
        Assert.Contains("#no-alt", report);
        Assert.Contains("<img id=\"no-alt\"", report);
    }

    [Fact]
    public async Task An_inline_style_the_Content_Security_Policy_refuses_is_noticed()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        var refused = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("Content Security Policy") });
        await page.EvaluateAsync("() => document.querySelector('h1').setAttribute('style', 'color: red')");
        await refused;

        var violations = TakeCspViolations();
        Assert.Single(violations);
        Assert.Contains("style-src 'self'", violations[0]);
    }
}

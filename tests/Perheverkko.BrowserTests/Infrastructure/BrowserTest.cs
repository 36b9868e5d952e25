using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Perheverkko.Web.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Perheverkko.BrowserTests.Infrastructure;

/// <summary>
/// The base of every browser test: a fresh browser context per test (Finnish locale, the app's address as base URL),
/// signing in through the real form, an axe-core check and screenshots. Contexts are closed after the test, and a
/// test fails if the browser reported a Content-Security-Policy violation on any of its pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser, KestrelApp app) : IAsyncLifetime
{
    /// <summary>The WCAG 2.0 and 2.1 levels A and AA rules.</summary>
    public static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly ConcurrentDictionary<(KestrelApp, string), string> SignedInStates = new();
    private readonly List<IBrowserContext> contexts = [];
    private readonly ConcurrentQueue<string> cspViolations = new();
    private readonly HashSet<IBrowserContext> withoutJavaScript = [];

    protected KestrelApp App { get; } = app;

    /// <summary>A new page in a context of its own. Without JavaScript, the page works as it does for a person who turned it off.</summary>
    protected async Task<IPage> NewPageAsync(bool javaScript = true, string? storageState = null, int width = 1280)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            Locale = "fi-FI",
            JavaScriptEnabled = javaScript,
            StorageState = storageState,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        contexts.Add(context);
        if (!javaScript) withoutJavaScript.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                cspViolations.Enqueue($"{page.Url}: {message.Text}");
        };
        return page;
    }

    /// <summary>Signs in through the sign-in form and waits for the staff area.</summary>
    protected static async Task SignInAsync(IPage page, string email, string password = DemoData.Password)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Sähköposti").FillAsync(email);
        await page.GetByLabel("Salasana").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
    }

    /// <summary>
    /// A page already signed in as that person: the first call per app signs in through the form, later ones reuse its
    /// cookies. For tests that only look; a test about signing in uses <see cref="SignInAsync"/>.
    /// </summary>
    protected async Task<IPage> SignedInPageAsync(string email, int width = 1280)
    {
        if (SignedInStates.TryGetValue((App, email), out var state)) return await NewPageAsync(storageState: state, width: width);
        var page = await NewPageAsync(width: width);
        await SignInAsync(page, email);
        SignedInStates[(App, email)] = await page.Context.StorageStateAsync();
        return page;
    }

    /// <summary>axe-core with the WCAG 2.0/2.1 A and AA rules finds nothing on the page as it is now.</summary>
    protected async Task AssertAccessibleAsync(IPage page)
    {
        if (await AxeReportAsync(page) is { } report) Assert.Fail(report);
    }

    /// <summary>
    /// Visits each path in turn (expecting 200, or 404 where <paramref name="notFound"/> says so) and checks it with
    /// axe-core; fails once at the end, listing the violations of every page.
    /// </summary>
    protected async Task AssertPagesAccessibleAsync(IPage page, IEnumerable<string> paths, Func<string, bool>? notFound = null)
    {
        var reports = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            var expected = notFound?.Invoke(path) == true ? 404 : 200;
            Assert.True(response?.Status == expected, $"{path} answered {response?.Status}, not {expected}.");
            Assert.Equal(path, new Uri(page.Url).PathAndQuery);
            if (await AxeReportAsync(page) is { } report) reports.Add(report);
        }
        Assert.True(reports.Count == 0, string.Join("\n", reports));
    }

    /// <summary>What axe-core found on the page: each violation's rule, help and the elements, or null for none.</summary>
    protected async Task<string?> AxeReportAsync(IPage page)
    {
        // axe-core is a script in the page: where scripts are off, Playwright would wait for it forever.
        if (withoutJavaScript.Contains(page.Context))
            throw new InvalidOperationException("axe-core needs JavaScript: check this page in a context with JavaScript on.");
        var options = new AxeRunOptions { RunOnly = RunOnlyOptions.Tags(AxeTags), ResultTypes = [ResultType.Violations] };
        // RunAxe merges the results of iframes in a blank page of its own, injecting axe-core twice per check; on a
        // page without frames (ours have none) axe.run in the page itself, the "legacy" mode, finds the same in a
        // fraction of the time. Should the package drop it, RunAxe alone does the same job, only slower.
#pragma warning disable CS0618
        var run = page.Frames.Count > 1 ? page.RunAxe(options) : page.RunAxeLegacy(options: options);
#pragma warning restore CS0618
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));
        if (result.Violations.Length == 0) return null;
        var report = new StringBuilder($"axe-core found {result.Violations.Length} violation(s) on {page.Url}:\n");
        foreach (var violation in result.Violations)
        {
            report.Append($"- {violation.Id} ({violation.Impact}): {violation.Help} – {violation.HelpUrl}\n");
            foreach (var node in violation.Nodes)
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                report.Append($"    at {node.Target}: {node.Html}\n      {string.Join(" / ", checks)}\n");
            }
        }
        return report.ToString();
    }

    /// <summary>Saves a full-page screenshot to the screenshot folder (PERHEVERKKO_SCREENSHOTS, or one under the system's temp folder).</summary>
    protected static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("PERHEVERKKO_SCREENSHOTS") is { Length: > 0 } given
            ? given : Path.Combine(Path.GetTempPath(), "perheverkko-screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }

    /// <summary>The CSP violations reported so far, which then no longer fail the test: for a test that causes one on purpose.</summary>
    protected IReadOnlyList<string> TakeCspViolations()
    {
        var taken = new List<string>();
        while (cspViolations.TryDequeue(out var violation)) taken.Add(violation);
        return taken;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
        Assert.True(cspViolations.IsEmpty, "The browser reported Content-Security-Policy violations:\n" + string.Join("\n", cspViolations));
    }
}

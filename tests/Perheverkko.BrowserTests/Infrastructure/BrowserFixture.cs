using Microsoft.Playwright;

namespace Perheverkko.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run: Debian's own build at /usr/bin/chromium, driven by the Playwright
/// driver that ships inside the Microsoft.Playwright package (copied to the test output's .playwright folder).
/// No browser is ever downloaded. Each test opens a context of its own (see <see cref="BrowserTest"/>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: install the Debian package chromium.");
        // Assertions retry until this long: generous, for a busy two-core CI machine; a passing check returns at once.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
    }
}

/// <summary>Every browser test class is in this collection, so the run starts one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

using System.Net;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Accounts;

public sealed class LanguageSwitchTests
{
    [Fact]
    public async Task The_switch_remembers_the_language_for_a_year_and_returns_only_to_a_local_address()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = app.Anonymous();
        // A visitor's form carries no antiforgery token (the public pages are cached for everyone, decision 0044).
        Assert.DoesNotContain("__csrf", await browser.GetStringAsync("/"));
        Task<HttpResponseMessage> SwitchAsync(Dictionary<string, string> fields) => browser.PostAsync("/language", new FormUrlEncodedContent(fields));

        var switched = await SwitchAsync(new Dictionary<string, string> { ["language"] = "sv", ["returnUrl"] = "/staff" });
        Assert.Equal("/staff", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Dsv%7Cuic%3Dsv", cookie);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var elsewhere = await SwitchAsync(new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "//evil.example/" });
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);

        var unknown = await SwitchAsync(new Dictionary<string, string> { ["language"] = "de", ["returnUrl"] = "/" });
        Assert.Equal("/", unknown.Headers.Location?.OriginalString);
        Assert.False(unknown.Headers.Contains("Set-Cookie") && unknown.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }
}

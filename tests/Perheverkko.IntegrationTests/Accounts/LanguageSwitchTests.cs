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

        var switched = await Forms.PostAsync(browser, "/", new Dictionary<string, string> { ["language"] = "sv", ["returnUrl"] = "/staff" }, "/language");
        Assert.Equal("/staff", switched.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Dsv%7Cuic%3Dsv", cookie);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var elsewhere = await Forms.PostAsync(browser, "/", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "//evil.example/" }, "/language");
        Assert.Equal("/", elsewhere.Headers.Location?.OriginalString);

        var unknown = await Forms.PostAsync(browser, "/", new Dictionary<string, string> { ["language"] = "de", ["returnUrl"] = "/" }, "/language");
        Assert.Equal("/", unknown.Headers.Location?.OriginalString);
        Assert.False(unknown.Headers.Contains("Set-Cookie") && unknown.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }
}

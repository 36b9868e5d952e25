using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Perheverkko.Web.Platform.Telemetry;

namespace Perheverkko.UnitTests.Platform.Telemetry;

/// <summary>Who may read /metrics (issue #14 item 5): the scrape networks (loopback unless configured) or the scrape token.</summary>
public sealed class ScrapeAdmissionTests
{
    private static ScrapeAdmission Make(params (string Key, string Value)[] settings) => ScrapeAdmission.FromConfiguration(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("Metrics:" + s.Key, s.Value))).Build()
            .GetSection(MetricsSetup.Section));

    private static HttpContext From(string? address, string? authorization = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = address is null ? null : IPAddress.Parse(address);
        if (authorization is not null) context.Request.Headers.Authorization = authorization;
        return context;
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("203.0.113.7", false)]
    [InlineData(null, false)]
    public void Without_settings_only_the_loopback_addresses_may_scrape(string? address, bool admitted) =>
        Assert.Equal(admitted, Make().Admits(From(address)));

    [Fact]
    public void Configured_networks_replace_the_loopback_default()
    {
        var admission = Make(("ScrapeNetworks", "10.0.0.0/8, fd00::/8"));
        Assert.True(admission.Admits(From("10.1.2.3")));
        Assert.True(admission.Admits(From("fd00::5")));
        Assert.False(admission.Admits(From("127.0.0.1")));
        Assert.False(admission.Admits(From("192.0.2.1")));
    }

    [Fact]
    public void The_scrape_token_admits_from_anywhere_and_only_the_exact_token_does()
    {
        var admission = Make(("ScrapeToken", "s3cret-scrape-token"));
        Assert.True(admission.Admits(From("203.0.113.7", "Bearer s3cret-scrape-token")));
        Assert.True(admission.Admits(From(null, "bearer s3cret-scrape-token")));
        Assert.False(admission.Admits(From("203.0.113.7", "Bearer s3cret-scrape-toke")));
        Assert.False(admission.Admits(From("203.0.113.7", "Basic s3cret-scrape-token")));
        Assert.False(admission.Admits(From("203.0.113.7")));
        // Without a configured token, no token admits anyone.
        Assert.False(Make().Admits(From("203.0.113.7", "Bearer ")));
    }

    [Fact]
    public void A_network_that_is_not_in_CIDR_notation_stops_the_start_with_the_setting_named() =>
        Assert.Contains("Metrics:ScrapeNetworks", Assert.Throws<InvalidOperationException>(() => Make(("ScrapeNetworks", "10.0.0.0/33"))).Message);
}

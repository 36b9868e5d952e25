using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.UnitTests.Platform.Web;

/// <summary>Issue #12 items 3, 6 and 7: the settings of proxies and cookies, and which bound texts the shared input rule walks.</summary>
public sealed class RequestTrustTests
{
    [Fact]
    public void Known_proxies_and_networks_come_as_one_comma_separated_value_or_as_a_list_and_replace_the_loopback_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies"] = "10.0.0.5, 10.0.0.6",
            ["ForwardedHeaders:KnownNetworks:0"] = "172.16.0.0/12",
            ["ForwardedHeaders:KnownNetworks:1"] = "fd00::/8",
        }).Build();
        var options = new ForwardedHeadersOptions();
        TrustedProxies.Configure(options, configuration.GetSection(TrustedProxies.Section));
        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("10.0.0.6")], options.KnownProxies);
        Assert.Equal(["172.16.0.0/12", "fd00::/8"], options.KnownIPNetworks.Select(n => n.ToString()));
        Assert.Null(options.ForwardLimit);

        var defaults = new ForwardedHeadersOptions();
        TrustedProxies.Configure(defaults, new ConfigurationBuilder().Build().GetSection(TrustedProxies.Section));
        Assert.Contains(IPAddress.IPv6Loopback, defaults.KnownProxies);

        var wrong = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = "proxy.example" }).Build();
        Assert.Throws<InvalidOperationException>(() => TrustedProxies.Configure(new ForwardedHeadersOptions(), wrong.GetSection(TrustedProxies.Section)));
    }

    [Theory]
    [InlineData("Production", null, CookieSecurePolicy.Always)]
    [InlineData("Staging", null, CookieSecurePolicy.Always)]
    [InlineData("Development", null, CookieSecurePolicy.SameAsRequest)]
    [InlineData("Production", "false", CookieSecurePolicy.SameAsRequest)]
    public void Cookies_are_secure_only_outside_development_unless_told(string environment, string? secureOnly, CookieSecurePolicy expected)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = environment });
        if (secureOnly is not null) builder.Configuration["Cookies:SecureOnly"] = secureOnly;
        Assert.Equal(expected, CrossSiteRequests.CookiePolicy(builder));
    }

    private sealed record Name(string? Fi, string? Sv);
    private sealed record Body(Name Name, string? Title, string[] Tags, string? NewPassword, string? ReturnUrl);

    [Fact]
    public void The_shared_input_rule_names_each_refused_text_of_a_bound_value_and_leaves_passwords_and_return_addresses_alone()
    {
        var body = new Body(new Name("Hyvä", "Da\u0001lig"), "Ti\u202Etle", ["ok", "b\0ad"], "sala\u0001sana", "/\u0001staff");
        Assert.Equal(["name.sv", "title", "tags[1]"], BoundText.Refused(body, "", jsonNames: true));
        Assert.Equal(["Input.Name.Sv", "Input.Title", "Input.Tags[1]"], BoundText.Refused(body, "Input", jsonNames: false));
        Assert.Empty(BoundText.Refused(new Body(new Name("Tab\tja\nrivi", "\u200Fשלום\u200E"), "👪 <script>", [], null, null), "", jsonNames: true));
        Assert.Equal(["q"], BoundText.Refused("a\u2066b", "q", jsonNames: true));
    }
}

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// Which reverse proxies may tell the client's address and scheme (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>),
/// issue #12 item 7. Only a request whose connection comes from one of <c>ForwardedHeaders:KnownProxies</c> (addresses)
/// or <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges) is believed; each is a list (an array in JSON, or one
/// comma-separated value, e.g. <c>ForwardedHeaders__KnownProxies=10.0.0.5,10.0.0.6</c>). Without either, only the
/// loopback addresses are trusted (ASP.NET Core's default: a proxy on the same machine). A chain of proxies is walked
/// from the nearest hop back, and stops at the first address that is not a known proxy: that is the client, whatever
/// it wrote into the header itself. The rate limits partition by the address found this way.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static void Configure(ForwardedHeadersOptions options, IConfigurationSection section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // No fixed number of hops: each hop must be a known proxy for the walk to go on, so a longer chain of our own
        // proxies is followed and a forged entry beyond the first unknown address is never reached.
        options.ForwardLimit = null;
        var proxies = Values(section.GetSection("KnownProxies")).Select(Address).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(Network).ToList();
        if (proxies.Count == 0 && networks.Count == 0) return;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        foreach (var network in networks) options.KnownIPNetworks.Add(network);
    }

    /// <summary>An array's items, or one value split at commas (environment variables hold one string).</summary>
    public static IReadOnlyList<string> Values(IConfigurationSection section)
    {
        var items = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return items.ToList();
    }

    private static IPAddress Address(string value) => IPAddress.TryParse(value, out var address) ? address
        : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{value}' is not an IP address.");

    private static System.Net.IPNetwork Network(string value) => System.Net.IPNetwork.TryParse(value, out var network) ? network
        : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{value}' is not a network in CIDR notation (e.g. 10.0.0.0/8).");
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Issue #12 item 7: X-Forwarded-For is believed only from a configured proxy. From anywhere else the header is
/// ignored and the public-form rate limit counts the real address; behind a known proxy each client has its own limit.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string ConnectionAddress = "203.0.113.7";

    [Theory, BothDatabases]
    public async Task Forwarded_addresses_are_believed_only_from_a_known_proxy_and_each_client_has_its_own_rate_limit(DatabaseProvider provider)
    {
        var limited = new Dictionary<string, string?> { ["RateLimits:PublicFormPerMinute"] = "2" };

        // The test server's connection comes from an address that is no proxy: whatever the header says, it is one client.
        await using (var direct = await TestApp.StartAsync(provider, limited, FromAddress(ConnectionAddress)))
        {
            var client = direct.Anonymous();
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.1"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.2"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.3"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, null));
        }

        // The same address configured as a known proxy: each forwarded client counts apart, and what a client wrote
        // into the header itself before the proxy's own entry is not believed (the walk stops at the first non-proxy).
        await using (var proxied = await TestApp.StartAsync(provider, new Dictionary<string, string?>(limited)
                     {
                         ["ForwardedHeaders:KnownProxies"] = $"192.0.2.1, {ConnectionAddress}",
                         ["ForwardedHeaders:KnownNetworks"] = "10.0.0.0/8",
                     }, FromAddress(ConnectionAddress)))
        {
            var client = proxied.Anonymous();
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.1"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.1"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.1"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.2"));
            // A chain through a second known proxy (10.1.2.3, in the known network) reaches the client behind it.
            Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.1, 10.1.2.3"));
            // A client that forges an address of its own before its real one is still counted by its real one.
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "6.6.6.6, 198.51.100.4"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "7.7.7.7, 198.51.100.4"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "8.8.8.8, 198.51.100.4"));
        }
    }

    /// <summary>A public form's post through the API (the family survey's answer): counted by the public-form limit before it is read.</summary>
    private static async Task<HttpStatusCode> SubmitAsync(HttpClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{Guid.NewGuid()}/answers") { Content = JsonContent.Create(new { }) };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The test server names no client address; a real server always does. This one names the given address.</summary>
    private static Action<IServiceCollection> FromAddress(string address) =>
        services => services.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Parse(address)));

    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Open data others can use (issue #14 item 4): a page on any origin may read the public read interfaces, without
/// credentials; nothing else answers it. CORS is not about the database, so one provider is enough.
/// </summary>
public sealed class OpenDataCorsTests
{
    private const string Origin = "https://kartta.example";

    /// <summary>Anonymous GETs that are not open data: secret-address feeds (the address is the credential), files, the sitemap, documents.</summary>
    private static readonly string[] NotOpenData =
    [
        "/calendar/{token}.ics", "/year-clock/{token}.ics", "/materials/{id:guid}/file", "/sitemap.xml", "/openapi/{documentName}.json", "/health",
    ];

    [Fact]
    public async Task Any_origin_reads_the_public_read_interfaces_without_credentials_and_nothing_else()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.Anonymous();

        foreach (var path in new[] { "/hsds/services?lang=sv", "/api/v1/organisations", "/api/v1/directory?q=perhekerho",
                     $"/directory/activities/{DirectorySeeder.ActivityId("perhekerho-mikkeli")}/calendar.ics", "/api/v1/agreement-versions" })
        {
            using var response = await client.SendAsync(WithOrigin(HttpMethod.Get, path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
            Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        }

        // A preflight (a client that sends a header outside the safelisted ones) is answered for a read, not for a write.
        using (var preflight = WithOrigin(HttpMethod.Options, "/hsds/services"))
        {
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
            using var response = await client.SendAsync(preflight);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
            Assert.DoesNotContain("POST", Header(response, "Access-Control-Allow-Methods") ?? "");
        }
        using (var preflight = WithOrigin(HttpMethod.Options, "/api/v1/organisations"))
        {
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            using var response = await client.SendAsync(preflight);
            Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        }

        // Staff reads, forms, pages and secret feeds get no CORS answer.
        foreach (var path in new[] { "/api/v1/groups", "/staff", "/", "/sitemap.xml" })
        {
            using var response = await client.SendAsync(WithOrigin(HttpMethod.Get, path));
            Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        }

        // Every endpoint that opens itself is an anonymous GET, and every anonymous GET under /api/v1 and /hsds is open.
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var open = endpoint.Metadata.GetMetadata<ICorsPolicyMetadata>() is not null || endpoint.Metadata.GetMetadata<IEnableCorsAttribute>() is not null;
            if (open) Assert.True(anonymous && methods.All(m => m is "GET" or "HEAD"), $"{route} is open to other origins but is not an anonymous read");
            var publicRead = anonymous && methods.Contains("GET") && !NotOpenData.Contains(route)
                && (route.StartsWith("/api/v1/", StringComparison.Ordinal) || route.StartsWith("/hsds", StringComparison.Ordinal) || route.EndsWith(".ics", StringComparison.Ordinal));
            if (publicRead) Assert.True(open, $"{route} is a public read but other origins cannot read it");
        }
    }

    private static HttpRequestMessage WithOrigin(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", Origin);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}

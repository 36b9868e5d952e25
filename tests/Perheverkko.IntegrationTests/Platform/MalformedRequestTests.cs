using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Bad input gets a clear error and loses nothing: a corpus of malformed requests goes to every write endpoint of the
/// API (found from the app's own routing table, so a new endpoint is covered without touching this test), sent by a
/// caller who is allowed to write. No answer may be a 5xx, every answer is ProblemDetails with a code, and the
/// database is the same afterwards.
/// </summary>
public sealed partial class MalformedRequestTests
{
    private static readonly string Long = new('x', 10_000);

    private static readonly (string Name, string ContentType, string Body)[] Corpus =
    [
        ("no body", "application/json", ""),
        ("broken JSON", "application/json", "{\"name\": {\"fi\": \"Katkennut"),
        ("JSON null", "application/json", "null"),
        ("JSON array", "application/json", "[1, 2, 3]"),
        ("JSON string", "application/json", "\"organisation\""),
        ("empty object", "application/json", "{}"),
        ("empty names", "application/json", "{\"slug\":\"\",\"name\":{\"fi\":\"\",\"sv\":\"\"},\"email\":\"\",\"version\":1,\"kind\":\"Ngo\",\"role\":\"Signatory\"}"),
        ("over-long texts", "application/json", $"{{\"slug\":\"{Long}\",\"name\":{{\"fi\":\"{Long}\"}},\"email\":\"{Long}@example.org\",\"title\":\"{Long}\",\"version\":1,\"kind\":\"Ngo\",\"role\":\"Signatory\",\"businessId\":\"{Long}\"}}"),
        ("invalid enum values", "application/json", "{\"slug\":\"uusi\",\"name\":{\"fi\":\"Uusi\"},\"kind\":\"Banana\",\"role\":\"Chief\",\"email\":\"a@example.org\",\"version\":1}"),
        ("numeric enum out of range", "application/json", "{\"slug\":\"uusi\",\"name\":{\"fi\":\"Uusi\"},\"kind\":99,\"role\":42,\"email\":\"a@example.org\",\"version\":1}"),
        ("wrong types", "application/json", "{\"slug\":5,\"name\":\"Uusi\",\"version\":\"one\",\"expiresInDays\":\"many\",\"email\":[]}"),
        ("bad e-mail and business id", "application/json", "{\"slug\":\"Ei Kelpaa\",\"name\":{\"fi\":\"X\"},\"kind\":\"Company\",\"businessId\":\"1234567-8\",\"email\":\"not-an-address\",\"role\":\"ContactPerson\",\"version\":1}"),
        ("stale version", "application/json", "{\"version\":-5,\"kind\":\"Municipality\",\"name\":{\"fi\":\"Vanha\"}}"),
        ("out-of-range days", "application/json", "{\"name\":\"t\",\"expiresInDays\":100000}"),
        ("text/plain", "text/plain", "name=Uusi"),
        ("form post", "application/x-www-form-urlencoded", "name=Uusi&kind=Ngo"),
        ("XML", "application/xml", "<organisation><name>Uusi</name></organisation>"),
        // Issue #12 items 3 and 8: the characters the shared input rule refuses, and a lone surrogate, in every text.
        ("refused characters", "application/json", "{\"slug\":\"a\\u0000b\",\"name\":{\"fi\":\"Uusi\\u0001\\u007f\",\"sv\":\"\\ufffe\\u202e\\u2066\"},\"email\":\"a\\u0000@example.org\",\"title\":\"\\u2069\",\"kind\":\"Ngo\",\"role\":\"Signatory\",\"version\":1}"),
        ("lone surrogate", "application/json", "{\"name\":{\"fi\":\"\\ud800\"},\"title\":\"\\udfff\",\"version\":1}"),
    ];

    [Theory, BothDatabases]
    public async Task Malformed_requests_to_every_write_endpoint_get_problem_details_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        var mikkeli = NetworkSeeder.OrganisationId("mikkeli");
        var before = await DatabaseFingerprint.TakeAsync(app);

        var writes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .ToList();
        Assert.NotEmpty(writes);

        var failures = new List<string>();
        foreach (var (method, route) in writes)
        foreach (var target in Targets(route, mikkeli))
        foreach (var (name, contentType, body) in method == "DELETE" ? [("no body", "application/json", "")] : Corpus)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), target);
            if (method != "DELETE") request.Content = new StringContent(body, Encoding.UTF8, contentType);
            using var response = await admin.SendAsync(request);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var label = $"{method} {target} with {name}";
            if (status >= 500) failures.Add($"{label}: {status}");
            else if (status < 400) failures.Add($"{label}: accepted ({status})");
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !HasCode(text))
                failures.Add($"{label}: {status} without ProblemDetails code: {text[..Math.Min(200, text.Length)]}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(app));
    }

    /// <summary>Each route with a real object, and with ids that do not exist.</summary>
    private static IEnumerable<string> Targets(string route, Guid organisation)
    {
        var unknown = Guid.NewGuid().ToString();
        if (route.StartsWith("/api/v1/agreement-periods/{id:guid}/", StringComparison.Ordinal))
        {
            // An ended version: sending it for signing takes no body, so on the seeded 2026–2029 version (out for decisions,
            // decision 0041) an empty post would rightly send it; on an ended one every write is refused whatever the body.
            var period = SeedIds.For("agreement-version", "2024-2025").ToString();
            yield return route.Replace("{id:guid}", period).Replace("{organisationId:guid}", organisation.ToString());
            yield return route.Replace("{id:guid}", unknown).Replace("{organisationId:guid}", unknown);
            yield break;
        }
        if (route.Contains("{personId:guid}", StringComparison.Ordinal))
        {
            yield return route.Replace("{id:guid}", organisation.ToString()).Replace("{personId:guid}", unknown);
            yield return route.Replace("{id:guid}", unknown).Replace("{personId:guid}", unknown);
            yield break;
        }
        if (route.Contains("{period}", StringComparison.Ordinal))
        {
            // An ended version (its text is frozen; see above why not 2026–2029), and a period that does not exist; its party
            // Mikkeli, and one that is not.
            foreach (var period in new[] { "2024-2025", "1999-2000", "not-a-period" })
                yield return route.Replace("{period}", period).Replace("{number:int}", "1").Replace("{organisationId:guid}", organisation.ToString());
            if (route.Contains("{organisationId:guid}", StringComparison.Ordinal))
                yield return route.Replace("{period}", "2024-2025").Replace("{organisationId:guid}", unknown);
            yield break;
        }
        if (route.Contains("{id:guid}", StringComparison.Ordinal))
        {
            if (!route.Contains("/me/tokens/", StringComparison.Ordinal)) yield return route.Replace("{id:guid}", organisation.ToString());
            yield return route.Replace("{id:guid}", unknown);
            yield return route.Replace("{id:guid}", "not-a-guid");
            yield break;
        }
        yield return route;
    }

    private static bool HasCode(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 };
        }
        catch (JsonException) { return false; }
    }
}

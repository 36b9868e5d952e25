using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Features.Organisations;
using Xunit.Abstractions;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Issue #12 item 8: the corpus reaches every read of the API, HSDS and the feeds with hostile query values, and every
/// staff form post with hostile field values. Every operation gets a deterministic sample of the values (the whole
/// product would take minutes per database); the figures are written to the test output.
/// </summary>
public sealed partial class MalformedRequestTests(ITestOutputHelper output)
{
    /// <summary>Each value as it goes into a URL or form: the characters the input rule refuses, a lone surrogate (as
    /// the invalid UTF-8 a client can send), a very long text, wrong types, bad dates, huge numbers and injections.</summary>
    private static readonly (string Name, string Encoded)[] Hostile =
    [
        ("NUL", Uri.EscapeDataString("a\0b")),
        ("U+0001", Uri.EscapeDataString("a\u0001b")),
        ("U+007F", Uri.EscapeDataString("a\u007Fb")),
        ("U+FFFE", Uri.EscapeDataString("a\uFFFEb")),
        ("U+202E", Uri.EscapeDataString("a\u202Eb")),
        ("U+2066", Uri.EscapeDataString("\u2066a\u2069")),
        ("lone surrogate", "a%ED%A0%80b"),
        ("long", new string('x', 3000)),
        ("huge number", "99999999999999999999999999"),
        ("negative", "-2147483649"),
        ("bad date", "2026-13-45"),
        ("not a guid", "not-a-guid"),
        ("SQL", Uri.EscapeDataString("' OR '1'='1' --")),
        ("markup", Uri.EscapeDataString("<script>alert(1)</script>")),
        ("JSON", Uri.EscapeDataString("[{\"a\":1}]")),
    ];

    private static readonly string[] CommonQueryNames = ["q", "page", "pageSize", "per_page", "from", "to", "year", "region", "language", "lang", "status", "kind"];

    [Theory, BothDatabases]
    public async Task Hostile_query_values_on_every_read_and_hostile_fields_in_every_staff_form_post_get_no_server_error(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.Admin);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var failures = new List<string>();
        int operations = 0, requests = 0, serverErrors = 0;

        async Task SendAsync(HttpClient client, HttpRequestMessage request, string label)
        {
            requests++;
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors++;
                failures.Add($"{label}: {(int)response.StatusCode}");
            }
        }

        // Reads: every GET of /api/v1, /hsds and the .ics feeds, with every query parameter its handler takes.
        var reads = endpoints.Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                && e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/v1", StringComparison.Ordinal) || raw.StartsWith("/hsds", StringComparison.Ordinal) || raw.EndsWith(".ics", StringComparison.Ordinal)))
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ToList();
        Assert.True(reads.Count > 50, $"Only {reads.Count} reads found.");
        var readOperations = 0;
        foreach (var (endpoint, index) in reads.Select((e, i) => (e, i)))
        {
            operations++;
            readOperations++;
            var names = QueryNames(endpoint).DefaultIfEmpty("q").ToList();
            var k = 0;
            foreach (var target in RouteTargets(endpoint.RoutePattern.RawText!))
            foreach (var (name, encoded) in Sample(index * 3 + k++, 3))
            {
                var url = target + "?" + string.Join('&', names.Concat(CommonQueryNames).Distinct().Select(n => $"{n}={encoded}"));
                await SendAsync(admin, new HttpRequestMessage(HttpMethod.Get, url), $"GET {target} with {name}");
            }
        }

        // Staff form posts: every POST handler of every staff page, with hostile values in every bound field, signed in
        // as the administrator and with a valid antiforgery token (the token is the user's, not the page's).
        var token = WebUtility.HtmlDecode(CsrfField().Match(await browser.GetStringAsync("/staff")).Groups[1].Value);
        Assert.NotEmpty(token);
        var pages = endpoints.Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()))
            .Where(p => p.Page is not null && p.Endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("staff", StringComparison.Ordinal) == true
                && !p.Page.ViewEnginePath.StartsWith("/Accounts/", StringComparison.Ordinal))
            .OrderBy(p => p.Endpoint.RoutePattern.RawText, StringComparer.Ordinal).ToList();
        var formOperations = 0;
        var modelTypes = typeof(Perheverkko.Web.Platform.Web.PerheverkkoPage).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t))
            .ToDictionary(t => t.FullName!, StringComparer.Ordinal);
        foreach (var (endpoint, page) in pages)
        {
            if (!modelTypes.TryGetValue("Perheverkko.Web.Features" + page!.ViewEnginePath.Replace('/', '.') + "Model", out var model)) continue;
            foreach (var handler in model.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            {
                operations++;
                formOperations++;
                var handlerName = Regex.Replace(handler.Name, "^OnPost|Async$", "");
                var k = 0;
                foreach (var target in RouteTargets("/" + endpoint.RoutePattern.RawText!.TrimStart('/')))
                foreach (var (name, encoded) in Sample(formOperations * 2 + k++, 2))
                {
                    var value = Uri.UnescapeDataString(encoded.Replace("%ED%A0%80", "\uFFFD", StringComparison.Ordinal));
                    var fields = new List<KeyValuePair<string, string>> { new("__csrf", token) };
                    foreach (var property in model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null))
                        Fields(property.PropertyType, property.Name, value, fields, 0);
                    foreach (var parameter in handler.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)))
                        Fields(parameter.ParameterType, parameter.Name!, value, fields, 0);
                    var url = handlerName.Length == 0 ? target : $"{target}?handler={handlerName}";
                    await SendAsync(browser, new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) }, $"POST {url} with {name}");
                }
            }
        }
        Assert.True(formOperations > 30, $"Only {formOperations} staff form handlers found.");
        // Still signed in: nothing in the sweep ended the session that the later posts relied on.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);

        output.WriteLine($"{provider}: {operations} operations ({readOperations} reads of the API, HSDS and feeds, {formOperations} staff form handlers), {requests} requests, {serverErrors} answers 5xx.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
    }

    /// <summary>A deterministic sample of the hostile values: consecutive ones from a position that moves with the operation.</summary>
    private static IEnumerable<(string Name, string Encoded)> Sample(int start, int count) =>
        Enumerable.Range(0, count).Select(i => Hostile[(start + i) % Hostile.Length]);

    /// <summary>The query parameters a minimal API handler binds (not its route values, body or services).</summary>
    private static IEnumerable<string> QueryNames(RouteEndpoint endpoint)
    {
        var method = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
        if (method is null) return [];
        var route = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return method.GetParameters().Where(p => !route.Contains(p.Name!) && IsSimple(p.ParameterType)).Select(p => p.Name!);
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t.IsPrimitive || t.IsEnum || t == typeof(decimal) || t == typeof(Guid) || t == typeof(DateOnly)
            || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(string[]);
    }

    /// <summary>A route with real values (Mikkeli, the agreement period in force), with an id that does not exist, and a hostile value where any text fits.</summary>
    private static IEnumerable<string> RouteTargets(string route)
    {
        if (!route.Contains('{', StringComparison.Ordinal))
        {
            yield return route;
            yield break;
        }
        var mikkeli = NetworkSeeder.OrganisationId("mikkeli").ToString();
        string Fill(string guid, string text) => Regex.Replace(route, @"\{\*?\*?(\w+)(:[^}]*)?\}", m =>
            m.Groups[2].Value.Contains("guid", StringComparison.Ordinal) ? guid
            : m.Groups[2].Value.Contains("int", StringComparison.Ordinal) ? "1"
            : m.Groups[1].Value == "period" ? "2026-2029"
            : text);
        yield return Fill(mikkeli, "mikkeli");
        yield return Fill(Guid.NewGuid().ToString(), Uri.EscapeDataString("a\u0001\u202Eb"));
    }

    /// <summary>A bound value's form fields: every text the hostile value, anything else a value of the wrong type.</summary>
    private static void Fields(Type type, string name, string value, List<KeyValuePair<string, string>> fields, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) fields.Add(new(name, value));
        else if (t == typeof(IFormFile) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(t) || t == typeof(CancellationToken)) return;
        else if (t == typeof(bool)) fields.Add(new(name, "maybe"));
        else if (t.IsPrimitive || t == typeof(decimal)) fields.Add(new(name, "99999999999999999999999999"));
        else if (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly)) fields.Add(new(name, "2026-13-45"));
        else if (t == typeof(Guid)) fields.Add(new(name, "not-a-guid"));
        else if (t.IsEnum) fields.Add(new(name, "Banana"));
        else if (t.IsArray || t.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(t))
        {
            var item = t.IsArray ? t.GetElementType()! : t.GetGenericArguments()[^1];
            Fields(item, name + "[0]", value, fields, depth + 1);
        }
        else if (depth < 3 && t.IsClass)
            foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.PropertyType.IsClass))
                Fields(property.PropertyType, $"{name}.{property.Name}", value, fields, depth + 1);
    }

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}

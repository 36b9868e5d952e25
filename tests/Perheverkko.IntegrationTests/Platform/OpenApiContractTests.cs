using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// openapi/v1.json as an exact contract (issue #14 item 3): each operation's body schema is the type the endpoint binds,
/// each operation says how it is authenticated, and request schemas hold nothing the app would not bind.
/// </summary>
public sealed class OpenApiContractTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>One app for all checks: starting one costs more than the checks.</summary>
    [Fact]
    public async Task Bodies_security_and_input_schemas_match_the_endpoints()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        EveryOperationDocumentsTheBodyItBinds(app, doc);
        await EveryOperationSaysHowItIsAuthenticatedAsync(app, doc);
        RequestBodiesHoldOnlyWhatIsBound(app);
        NumbersAndEnumsAreWhatTheAppReads(doc);
        await ANumberSentAsAStringIsRefusedAsync(app);
    }

    /// <summary>
    /// The app reads JSON numbers strictly, so no schema offers a number as a string (the framework's
    /// <c>[integer, string]</c> with a pattern for the web defaults), and an enum component lists only values: a nullable
    /// use says so at the use (<c>oneOf: [null, $ref]</c>).
    /// </summary>
    private static void NumbersAndEnumsAreWhatTheAppReads(JsonDocument doc)
    {
        var loose = new List<string>();
        var schemas = 0;
        void Walk(JsonElement node, string pointer)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in node.EnumerateArray()) Walk(item, $"{pointer}/{i++}");
                return;
            }
            if (node.ValueKind != JsonValueKind.Object) return;
            if (node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array)
            {
                var types = type.EnumerateArray().Select(t => t.GetString()).ToList();
                if (types.Contains("string") && (types.Contains("integer") || types.Contains("number"))) loose.Add(pointer);
                schemas++;
            }
            if (node.TryGetProperty("pattern", out _) && !(node.TryGetProperty("type", out var plain) && plain.ValueKind == JsonValueKind.String && plain.GetString() == "string"))
                loose.Add(pointer + " (pattern)");
            foreach (var property in node.EnumerateObject()) Walk(property.Value, $"{pointer}/{property.Name}");
        }
        Walk(doc.RootElement, "");
        Assert.True(schemas > 100, $"only {schemas} typed schemas walked");
        Assert.Empty(loose);

        var enumsWithNull = doc.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("enum", out var values) && values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null))
            .Select(s => s.Name);
        Assert.Empty(enumsWithNull);
    }

    /// <summary>What the document says about numbers is what the app does: <c>"ageMin": "1"</c> is refused, not read as 1.</summary>
    private static async Task ANumberSentAsAStringIsRefusedAsync(TestApp app)
    {
        var activity = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(DirectoryTestData.Activity("Numerot",
            DirectoryTestData.Mikkeli, null, DirectoryTestData.Weekly("Tuesday", "2030-01-01"), ageMin: 1)))!;
        var client = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await client.PostAsync("/api/v1/activities", Json(activity))).StatusCode);
        activity["ageMin"] = "1";
        using var refused = await client.PostAsync("/api/v1/activities", Json(activity));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        static StringContent Json(System.Text.Json.Nodes.JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
    }

    /// <summary>
    /// A request type's JSON contract (which the input schema is made from) has no computed or read-only property: each
    /// property is set on reading, through a setter or the constructor. A get-only helper such as <c>StartUtc</c> would
    /// tell a client it may send a field the app ignores.
    /// </summary>
    private static void RequestBodiesHoldOnlyWhatIsBound(TestApp app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var pending = new Stack<Type>(RequestBodyTypes(app).Select(b => b.Type).Distinct());
        var seen = new HashSet<Type>();
        var readOnly = new List<string>();
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(SchemaNames).Assembly && !type.IsGenericType && !type.IsArray) continue;
            var info = options.GetTypeInfo(type);
            if (info.ElementType is { } element) pending.Push(element);
            if (info.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object) continue;
            foreach (var property in info.Properties)
            {
                // Neither read nor written: [JsonIgnore], which the schema leaves out too.
                if (property.Get is null && property.Set is null) continue;
                if (property.Set is null && property.AssociatedParameter is null) readOnly.Add($"{SchemaNames.NameOf(type)}.{property.Name}");
                pending.Push(property.PropertyType);
            }
        }
        Assert.True(seen.Count > 100, $"only {seen.Count} types walked");
        Assert.Empty(readOnly);
    }

    private static List<(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription Api, Type Type)> RequestBodyTypes(TestApp app) =>
        app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => (Api: d, p.Type)))
            .ToList();

    private static void EveryOperationDocumentsTheBodyItBinds(TestApp app, JsonDocument doc)
    {
        var paths = doc.RootElement.GetProperty("paths");
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.False(schemas.TryGetProperty("Request", out _), "a schema is named just 'Request'");

        var bodies = RequestBodyTypes(app);
        Assert.NotEmpty(bodies);
        var checkedBodies = 0;
        foreach (var (api, type) in bodies)
        {
            var path = "/" + System.Text.RegularExpressions.Regex.Replace(api.RelativePath!, @"\{(\w+)(:[^}]*)?\}", "{$1}");
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            var operation = item.GetProperty(api.HttpMethod!.ToLowerInvariant());
            var schema = operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().First().Value.GetProperty("schema");
            if (ReferenceOf(schema) is not { } reference) continue; // a list or a primitive: no component
            Assert.True(SchemaNames.NameOf(type) == reference, $"{api.HttpMethod} /{api.RelativePath} binds {type.FullName} but documents {reference}");
            checkedBodies++;
        }
        Assert.True(checkedBodies > 60, $"only {checkedBodies} bodies checked");
        // Different types, different schemas: as many names as types.
        var types = bodies.Select(b => b.Type).Distinct().ToList();
        Assert.Equal(types.Count, types.Select(SchemaNames.NameOf).Distinct().Count());
    }

    /// <summary>
    /// Both ways in are declared; an operation open to anyone has an empty requirement list, any other names both. The
    /// declaration is checked against the app's answer: every GET without path parameters, called without credentials,
    /// is refused with 401 exactly when the document says it needs them.
    /// </summary>
    private static async Task EveryOperationSaysHowItIsAuthenticatedAsync(TestApp app, JsonDocument doc)
    {
        var schemes = doc.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("perheverkko.auth", schemes.GetProperty("cookie").GetProperty("name").GetString());
        Assert.Contains("X-CSRF-Token", schemes.GetProperty("cookie").GetProperty("description").GetString());

        var anonymous = app.Anonymous();
        var called = 0;
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            Assert.True(operation.Value.TryGetProperty("security", out var security), $"{operation.Name} {path.Name} declares no security");
            var open = security.GetArrayLength() == 0;
            if (!open)
                Assert.Equal(["bearer", "cookie"], security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Order());
            if (operation.Name != "get" || path.Name.Contains('{')) continue;
            using var response = await anonymous.GetAsync(path.Name);
            Assert.True(open == (response.StatusCode != System.Net.HttpStatusCode.Unauthorized),
                $"GET {path.Name} is declared {(open ? "anonymous" : "signed-in")} but answers {(int)response.StatusCode} without credentials");
            called++;
        }
        Assert.True(called > 20, $"only {called} operations called");
    }

    /// <summary>
    /// The committed document passes Redocly CLI (pinned in tests/tools/package.json, rules in tests/tools/redocly.yaml,
    /// installed by test.sh with npm ci) without errors. Warnings are allowed and counted in the test output.
    /// </summary>
    [Fact]
    public async Task The_committed_document_passes_the_openapi_linter()
    {
        var root = OpenApiDocumentTests.RepositoryRoot();
        var tools = Path.Combine(root, "tests", "tools");
        Assert.True(File.Exists(Path.Combine(tools, "node_modules", ".bin", "redocly")), "Run ./test.sh (or npm ci in tests/tools) to install Redocly CLI.");
        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(tools, "node_modules", ".bin", "redocly"),
            ["lint", Path.Combine(root, "src", "Perheverkko.Web", "openapi", "v1.json"), "--format=json"])
        {
            WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = System.Diagnostics.Process.Start(start)!;
        var lint = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var report = JsonDocument.Parse(await lint);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray().ToList();
        var warnings = problems.Where(p => p.GetProperty("severity").GetString() == "warn").ToList();
        output.WriteLine($"Redocly CLI: {warnings.Count} warnings ({string.Join(", ", warnings.GroupBy(w => w.GetProperty("ruleId").GetString()).Select(g => $"{g.Key} {g.Count()}"))})");
        var errors = problems.Where(p => p.GetProperty("severity").GetString() == "error")
            .Select(p => $"{p.GetProperty("ruleId").GetString()} at {p.GetProperty("location")[0].GetProperty("pointer").GetString()}: {p.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
        Assert.True(process.ExitCode == 0, await error);
    }

    /// <summary>The component a schema points at, also through the nullable wrapper <c>oneOf: [null, $ref]</c>.</summary>
    private static string? ReferenceOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference)) return reference.GetString()!.Split('/')[^1];
        if (schema.TryGetProperty("oneOf", out var choices))
            foreach (var choice in choices.EnumerateArray())
                if (ReferenceOf(choice) is { } inner) return inner;
        return null;
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Perheverkko.IntegrationTests.Hsds;

/// <summary>
/// The HSDS 3.0 schemas, copied into this project as test data (Hsds/schema, see its README) and loaded with
/// NJsonSchema. The schemas declare no <c>$schema</c>; the keywords they use (type, format, enum, required,
/// properties, items, relative <c>$ref</c>) mean the same in draft 2020-12 and in the drafts NJsonSchema implements,
/// so they are validated as they are. Their own keywords (constraints, core, example, datapackage_*) are annotations
/// and ignored. The openapi document's paging object (<c>Page</c>) and <c>GET /</c> answer are taken from the
/// openapi.json as they are, with one addition: every field of the page is required (HSDS's examples always have them).
/// </summary>
public static class HsdsSchemas
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Hsds", "schema");
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Cache = new();

    /// <summary>A schema by its path under the folder, e.g. "compiled/service.json" or "taxonomy.json".</summary>
    public static JsonSchema File(string relativePath) =>
        Cache.GetOrAdd(relativePath, path => new Lazy<JsonSchema>(() => JsonSchema.FromFileAsync(Path.Combine(Folder, path)).GetAwaiter().GetResult())).Value;

    public static JsonSchema Page => Cache.GetOrAdd("#page", _ => new Lazy<JsonSchema>(() =>
    {
        var page = OpenApi()["components"]!["schemas"]!["Page"]!.DeepClone().AsObject();
        page["required"] = new JsonArray("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");
        page["properties"]!.AsObject()["contents"] = new JsonObject { ["type"] = "array" };
        return JsonSchema.FromJsonAsync(page.ToJsonString()).GetAwaiter().GetResult();
    })).Value;

    public static JsonSchema Meta => Cache.GetOrAdd("#meta", _ => new Lazy<JsonSchema>(() =>
    {
        var meta = OpenApi()["paths"]!["/"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.DeepClone().AsObject();
        meta["required"] = new JsonArray("version", "profile");
        return JsonSchema.FromJsonAsync(meta.ToJsonString()).GetAwaiter().GetResult();
    })).Value;

    private static JsonNode OpenApi() => JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, "openapi.json")))!;

    /// <summary>The schema's complaints about a document, as readable lines (empty when it validates).</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json) =>
        schema.Validate(json).Select(e => $"{e.Path}: {e.Kind} {e.Property}").ToList();

    /// <summary>A page: its paging fields against <see cref="Page"/>, each of its items against the item schema.</summary>
    public static IReadOnlyList<string> PageErrors(JsonSchema itemSchema, string json)
    {
        var errors = Errors(Page, json).ToList();
        using var doc = JsonDocument.Parse(json);
        var index = 0;
        foreach (var item in doc.RootElement.GetProperty("contents").EnumerateArray())
            errors.AddRange(Errors(itemSchema, item.GetRawText()).Select(e => $"contents[{index}]{e}"));
        return errors;
    }
}

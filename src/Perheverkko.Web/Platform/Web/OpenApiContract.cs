using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Perheverkko.Web.Platform.Web;

/// <summary>
/// The rules that make openapi/v1.json an exact contract (issue #14 item 3): every CLR type has its own schema name,
/// every operation says how it is authenticated, and request schemas hold only what the app binds.
/// </summary>
public static class OpenApiContract
{
    public static IServiceCollection AddPerheverkkoOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.CreateSchemaReferenceId = SchemaNames.ReferenceId;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Perheverkko API";
                document.Info.Description = "The South Savo family-centre network: organisations, agreements and the staff's work. Errors are ProblemDetails with a stable `code`.";
                document.Info.Version = "v1";
                document.Servers?.Clear();
                return Task.CompletedTask;
            });
        });
}

/// <summary>
/// Schema names: the framework names a schema by the type's short name, so the many nested <c>Request</c> records
/// (<c>CreateOrganisation.Request</c>, <c>CreateActivity.Request</c>, …) all became one schema and a client generator
/// took every body for the organisation-create shape. Here a nested type carries its declaring types' names
/// (<c>CreateOrganisationRequest</c>) and a generic type its arguments (<c>PageOfAuditRowView</c>); two types that
/// would still share a name stop the document's generation (and so the build) rather than silently merge.
/// </summary>
public static class SchemaNames
{
    private static readonly ConcurrentDictionary<string, Type> Claimed = new();

    public static string? ReferenceId(JsonTypeInfo info)
    {
        // The framework's rule decides which types get a component at all (not primitives, arrays or dictionaries).
        if (OpenApiOptions.CreateDefaultSchemaReferenceId(info) is null) return null;
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var name = NameOf(type);
        var owner = Claimed.GetOrAdd(name, type);
        if (owner != type)
            throw new InvalidOperationException(
                $"The OpenAPI schema name '{name}' would stand for both {owner.FullName} and {type.FullName}: rename one of them.");
        return name;
    }

    public static string NameOf(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return NameOf(underlying);
        if (type.IsArray) return "ArrayOf" + NameOf(type.GetElementType()!);
        var name = type.Name;
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (type.IsGenericType)
            name += (name.EndsWith("Of", StringComparison.Ordinal) ? "" : "Of") + string.Join("And", type.GetGenericArguments().Select(NameOf));
        if (type.IsNested && !type.IsGenericParameter) name = NameOf(type.DeclaringType!) + name;
        return name;
    }
}

using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Perheverkko.Web.Platform.Access;

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
            o.AddDocumentTransformer((document, _, _) => { OpenApiSecurity.DeclareSchemes(document); return Task.CompletedTask; });
            o.AddOperationTransformer((operation, context, _) => { OpenApiSecurity.DeclareRequirement(operation, context); return Task.CompletedTask; });
        });
}

/// <summary>
/// How each operation is authenticated. Two ways in (<see cref="AccessSetup"/>): a personal access token as a bearer
/// token (API clients), or the sign-in cookie of the staff pages, whose state-changing calls also carry the antiforgery
/// token (<see cref="CrossSiteRequests"/>). An endpoint that allows anonymous use says so with an empty requirement list;
/// every other one falls under the fallback policy (signed-in staff) and names both ways in.
/// </summary>
public static class OpenApiSecurity
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";

    public static void DeclareSchemes(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = $"{AccessTokens.Prefix}…",
            Description = $"A personal access token (`{AccessTokens.Prefix}` and 43 characters), made on the staff page Access tokens, in `Authorization: Bearer`. It acts with its owner's rights.",
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "perheverkko.auth",
            Description = $"The sign-in cookie of the staff pages. A state-changing call (POST, PUT, PATCH, DELETE) with the cookie must also carry the page's antiforgery token in the `{CrossSiteRequests.HeaderName}` header and come from the app's own origin; otherwise it is refused with 403 and the code `{CrossSiteRequests.Code}`.",
        };
    }

    public static void DeclareRequirement(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return;
        }
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] },
        ];
    }
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

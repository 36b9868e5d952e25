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
                // Relative: the instance that serves the document (each deployment has its own address).
                document.Servers = [new OpenApiServer { Url = "/", Description = "The Perheverkko instance that serves this document" }];
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) => { OpenApiSecurity.DeclareSchemes(document); return Task.CompletedTask; });
            o.AddDocumentTransformer((document, _, _) => { EnumSchemas.WithoutNull(document); return Task.CompletedTask; });
            o.AddOperationTransformer((operation, context, _) => { OpenApiSecurity.DeclareRequirement(operation, context); return Task.CompletedTask; });
            o.AddOperationTransformer((operation, _, _) => { OpenApiExamples.Add(operation); return Task.CompletedTask; });
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
/// An enum's component lists only its values. The framework adds <c>null</c> to the shared enum schema when any
/// property uses the enum as nullable, so <c>WeeklyOpening.day</c> or <c>GroupView.quorum</c>, which always have a
/// value, read as if they might be null. Every nullable use is already written <c>oneOf: [null, $ref]</c>, which stays the
/// one place that says so (a generated client found this, issue #14 item 3).
/// </summary>
public static class EnumSchemas
{
    public static void WithoutNull(OpenApiDocument document)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum is not { Count: > 0 } values || !values.Any(IsNull)) continue;
            schema.Enum = values.Where(v => !IsNull(v)).ToList();
            if (schema.Type is { } type) schema.Type = type & ~JsonSchemaType.Null;
        }
    }

    private static bool IsNull(System.Text.Json.Nodes.JsonNode? value) => value is null || value.GetValueKind() == System.Text.Json.JsonValueKind.Null;
}

/// <summary>
/// Schema names: the framework names a schema by the type's short name, so the many nested <c>Request</c> records
/// (<c>CreateOrganisation.Request</c>, <c>CreateActivity.Request</c>, …) all became one schema and a client generator
/// took every body for the organisation-create shape. Here a nested type carries its declaring types' names
/// (<c>CreateOrganisationRequest</c>) and a generic type its arguments (<c>PageOfAuditRowView</c>); two types that
/// would still share a name make the document's generation throw, naming both, rather than silently merge.
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

/// <summary>
/// Example bodies of the main operations: an organisation joins, it adds an activity to the families' directory and
/// publishes it. Fictional names; the ids stand for ones the caller reads from the API (municipalities, places).
/// </summary>
public static class OpenApiExamples
{
    private static readonly Dictionary<string, string> ByOperation = new()
    {
        ["CreateOrganisation"] = """
            {"slug": "esimerkin-perheyhdistys", "kind": "Ngo",
             "name": {"fi": "Esimerkin perheyhdistys ry", "sv": "Exempels familjeförening rf", "en": "Example Family Association"},
             "businessId": "1234567-1", "municipalityId": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "region": null}
            """,
        ["CreateActivity"] = """
            {"version": null, "organisationId": null,
             "name": {"fi": "Vauvakahvila", "sv": "Babycafé", "en": "Baby café"},
             "description": {"fi": "Avoin kohtaamispaikka vauvaperheille.", "sv": null, "en": null},
             "kind": "OpenActivity", "municipalityId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
             "meetingPlaceId": "0b6c3a5e-8d1f-4e7a-9c2b-5d4e3f2a1b0c", "roomNote": "Toinen kerros", "coOrganiserIds": [],
             "ageMin": 0, "ageMax": 1, "audiences": ["Families"], "topics": ["OpenMeeting"], "languages": ["fi"],
             "schedule": {"starts": "10:00", "ends": "12:00", "days": ["Tuesday"], "from": "2030-01-08", "until": "2030-05-28", "dates": [], "cancelled": []},
             "registrationRequired": false, "registrationUrl": null, "registrationContact": null, "capacity": null,
             "cost": "Free", "feeNote": null, "leaders": "Kaksi vapaaehtoista", "insurance": "Yhdistyksen vastuuvakuutus"}
            """,
        ["ChangeActivityState"] = """{"version": 1, "state": "Published"}""",
    };

    public static void Add(OpenApiOperation operation)
    {
        if (operation.OperationId is not { } id || !ByOperation.TryGetValue(id, out var example)) return;
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true)
            media.Example = System.Text.Json.Nodes.JsonNode.Parse(example);
    }
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Perheverkko.Testing.Ptv;

/// <summary>
/// PTV's token service (<c>POST /api/auth/api-login</c>) and input API v11 (services and service-location channels: create,
/// update by source id or by PTV id), checking what PTV checks of the fields Perheverkko sends and answering 400 with PTV's
/// error dictionary (field → messages). What it takes it keeps in the Open API's OUTPUT shape, as PTV would then serve it.
/// </summary>
public sealed partial class FakePtv
{
    /// <summary>The API users the fake knows: username → password.</summary>
    public ConcurrentDictionary<string, string> Credentials { get; } = new();

    /// <summary>The next input calls answer 400 with this field and message (in order), whatever they send.</summary>
    public ConcurrentQueue<(string Field, string Message)> RejectNext { get; } = new();

    /// <summary>A name containing this is refused as PTV refuses an invalid name.</summary>
    public const string RejectWord = "REJECT";

    private readonly ConcurrentDictionary<string, string> tokens = new();

    /// <summary>Forgets every token it gave, as PTV does when one runs out: the next call answers 401.</summary>
    public void ExpireTokens() => tokens.Clear();

    partial void MapInputApi()
    {
        app.MapPost("/api/auth/api-login", async (HttpContext context, CancellationToken cancellationToken) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            var username = body?["username"]?.GetValue<string>();
            var password = body?["password"]?.GetValue<string>();
            if (username is null || password is null || !Credentials.TryGetValue(username, out var known) || known != password)
                return Results.Json(new { error = "WrongCredentials", message = "Wrong username or password." }, statusCode: 401);
            var token = Jwt(username);
            tokens[token] = username;
            return Results.Json(new { serviceToken = token });
        });

        app.MapPost("/api/v11/Service", (HttpContext context, CancellationToken _) => InputAsync(context, Services, ServiceErrors, ServiceOutput, create: true, find: null));
        app.MapPut("/api/v11/Service/sourceId/{sourceId}", (HttpContext context, string sourceId) =>
            InputAsync(context, Services, ServiceErrors, ServiceOutput, create: false, find: BySource(Services, sourceId)));
        app.MapPut("/api/v11/Service/{id}", (HttpContext context, string id) =>
            InputAsync(context, Services, ServiceErrors, ServiceOutput, create: false, find: () => Guid.TryParse(id, out var g) && Services.ContainsKey(g) ? g : null));
        app.MapPost("/api/v11/ServiceChannel/ServiceLocation", (HttpContext context, CancellationToken _) =>
            InputAsync(context, ServiceLocations, LocationErrors, LocationOutput, create: true, find: null));
        app.MapPut("/api/v11/ServiceChannel/ServiceLocation/sourceId/{sourceId}", (HttpContext context, string sourceId) =>
            InputAsync(context, ServiceLocations, LocationErrors, LocationOutput, create: false, find: BySource(ServiceLocations, sourceId)));
        app.MapPut("/api/v11/ServiceChannel/ServiceLocation/{id}", (HttpContext context, string id) =>
            InputAsync(context, ServiceLocations, LocationErrors, LocationOutput, create: false,
                find: () => Guid.TryParse(id, out var g) && ServiceLocations.ContainsKey(g) ? g : null));
    }

    private static Func<Guid?> BySource(ConcurrentDictionary<Guid, JsonObject> store, string sourceId) => () =>
        store.FirstOrDefault(pair => pair.Value["sourceId"]?.GetValue<string>() == sourceId) is { Value: not null } found ? found.Key : null;

    private async Task<IResult> InputAsync(HttpContext context, ConcurrentDictionary<Guid, JsonObject> store,
        Func<JsonObject, bool, Dictionary<string, List<string>>> validate, Func<Guid, JsonObject, JsonObject> output, bool create, Func<Guid?>? find)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !tokens.ContainsKey(authorization["Bearer ".Length..]))
            return Results.StatusCode(401);
        if (await JsonNode.ParseAsync(context.Request.Body) is not JsonObject input) return Results.BadRequest(new Dictionary<string, string[]> { [""] = ["A body is required."] });
        if (RejectNext.TryDequeue(out var rejection)) return Results.BadRequest(new Dictionary<string, string[]> { [rejection.Field] = [rejection.Message] });
        var errors = validate(input, create);
        var sourceId = input["sourceId"]?.GetValue<string>();
        if (create && sourceId is not null && BySource(store, sourceId)() is not null)
            Add(errors, "SourceId", $"External source id '{sourceId}' already exists.");
        if (errors.Count > 0) return Results.BadRequest(errors);
        Guid id;
        if (create) id = Guid.NewGuid();
        else if (find!() is { } found) id = found;
        else return Results.NotFound(new { message = "Item not found." });
        var item = output(id, input);
        store[id] = item;
        return Results.Json(item);
    }

    private static Dictionary<string, List<string>> ServiceErrors(JsonObject input, bool create)
    {
        var errors = new Dictionary<string, List<string>>();
        var names = Items(input["serviceNames"]);
        Names(errors, "ServiceNames", names);
        var descriptions = Items(input["serviceDescriptions"]);
        if (!descriptions.Any(d => d.Type == "Summary")) Add(errors, "ServiceDescriptions", "Type - Required value 'Summary' was not found!");
        Lengths(errors, "ServiceDescriptions", descriptions, ("Summary", 150), ("Description", 2500), ("ChargeTypeAdditionalInfo", 500));
        var status = input["publishingStatus"]?.GetValue<string>();
        if (create && status is not ("Draft" or "Published")) Add(errors, "PublishingStatus", $"'{status}' is not allowed value of 'PublishingStatus'. Allowed values are: Draft, Published.");
        if (status == "Published")
        {
            if (Strings(input["serviceClasses"]).Count == 0) Add(errors, "ServiceClasses", "The ServiceClasses field is required.");
            if (Strings(input["targetGroups"]).Count == 0) Add(errors, "TargetGroups", "The TargetGroups field is required.");
        }
        if (create && Strings(input["languages"]).Count == 0) Add(errors, "Languages", "The Languages field is required.");
        if (create && input["fundingType"] is null) Add(errors, "FundingType", "The FundingType field is required.");
        if (create && input["mainResponsibleOrganization"] is null) Add(errors, "MainResponsibleOrganization", "The MainResponsibleOrganization field is required.");
        return errors;
    }

    private static Dictionary<string, List<string>> LocationErrors(JsonObject input, bool create)
    {
        var errors = new Dictionary<string, List<string>>();
        Names(errors, "ServiceChannelNames", Items(input["serviceChannelNames"]));
        var descriptions = Items(input["serviceChannelDescriptions"]);
        foreach (var required in new[] { "Summary", "Description" })
            if (create && !descriptions.Any(d => d.Type == required)) Add(errors, "ServiceChannelDescriptions", $"Type - Required value '{required}' was not found!");
        Lengths(errors, "ServiceChannelDescriptions", descriptions, ("Summary", 150), ("Description", 2500));
        var addresses = input["addresses"] as JsonArray ?? [];
        if (create && !addresses.Any(a => a?["type"]?.GetValue<string>() == "Location")) Add(errors, "Addresses", "Type - Required value 'Location' was not found!");
        for (var i = 0; i < addresses.Count; i++)
        {
            var street = addresses[i]?["streetAddress"];
            if (street?["postalCode"]?.GetValue<string>() is not { } postal || !Regex.IsMatch(postal, @"^\d{5}$"))
                Add(errors, $"Addresses[{i}].StreetAddress.PostalCode", "The PostalCode field is required.");
            foreach (var axis in new[] { "latitude", "longitude" })
                if (street?[axis]?.GetValue<string>() is { } value && !Regex.IsMatch(value, @"^\d+\.?\d*$"))
                    Add(errors, $"Addresses[{i}].StreetAddress.{char.ToUpperInvariant(axis[0])}{axis[1..]}", $"The field {axis} must match the regular expression '^\\d+\\.?\\d*$'.");
        }
        var hours = input["serviceHours"] as JsonArray ?? [];
        for (var i = 0; i < hours.Count; i++)
        {
            var times = hours[i]?["openingHour"] as JsonArray ?? [];
            for (var j = 0; j < times.Count; j++)
                foreach (var end in new[] { "from", "to" })
                    if (times[j]?[end]?.GetValue<string>() is not { } time || !Regex.IsMatch(time, "^([0-1][0-9]|[2][0-3]):(00|15|30|45)(:00)?$"))
                        Add(errors, $"ServiceHours[{i}].OpeningHour[{j}].{char.ToUpperInvariant(end[0])}{end[1..]}", "The time must be given on the quarter hour (hh:mm, minutes 00, 15, 30 or 45).");
        }
        return errors;
    }

    private static void Names(Dictionary<string, List<string>> errors, string field, IReadOnlyList<(string? Type, string? Language, string? Value)> names)
    {
        if (!names.Any(n => n.Type == "Name" && n.Language == "fi" && !string.IsNullOrWhiteSpace(n.Value)))
            Add(errors, field, "Type - Required value 'Name' was not found for language 'fi'!");
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Value?.Length > 100) Add(errors, $"{field}[{i}].Value", "The field Value must be a string with a maximum length of 100.");
            if (names[i].Value?.Contains(RejectWord, StringComparison.Ordinal) == true) Add(errors, $"{field}[{i}].Value", "The name is not accepted.");
        }
    }

    private static void Lengths(Dictionary<string, List<string>> errors, string field, IReadOnlyList<(string? Type, string? Language, string? Value)> items,
        params (string Type, int Max)[] limits)
    {
        for (var i = 0; i < items.Count; i++)
            foreach (var (type, max) in limits)
                if (items[i].Type == type && items[i].Value?.Length > max)
                    Add(errors, $"{field}[{i}].Value", $"Maximum length of property '{type}' is {max}.");
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages)) errors[field] = messages = [];
        messages.Add(message);
    }

    private static List<(string? Type, string? Language, string? Value)> Items(JsonNode? node) =>
        (node as JsonArray ?? []).Select(i => (i?["type"]?.GetValue<string>(), i?["language"]?.GetValue<string>(), i?["value"]?.GetValue<string>())).ToList();

    private static List<string> Strings(JsonNode? node) => (node as JsonArray ?? []).Select(s => s?.GetValue<string>()).OfType<string>().ToList();

    private static JsonNode? Copy(JsonNode? node) => node?.DeepClone();

    /// <summary>A code list item as the Open API serves it, from the URI we sent (…/code/P3.1 → code "P3.1").</summary>
    private static JsonArray Finto(JsonNode? uris, string ontologyType) => new(Strings(uris).Select(uri => (JsonNode)new JsonObject
    {
        ["name"] = new JsonArray(), ["code"] = uri[(uri.LastIndexOf('/') + 1)..], ["ontologyType"] = ontologyType, ["uri"] = uri,
        ["parentId"] = null, ["parentUri"] = null,
    }).ToArray());

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    /// <summary>What PTV's Open API would serve for the service (<c>V11VmOpenApiService</c>), the fields it sent and PTV's own.</summary>
    private static JsonObject ServiceOutput(Guid id, JsonObject input)
    {
        var organisation = input["mainResponsibleOrganization"]?.GetValue<string>();
        var areas = (input["areas"] as JsonArray ?? []).SelectMany(area => Strings(area?["areaCodes"]).Select(code => (JsonNode)new JsonObject
        {
            ["type"] = area?["type"]?.GetValue<string>(), ["code"] = code, ["name"] = new JsonArray(), ["municipalities"] = new JsonArray(),
        })).ToArray();
        return new JsonObject
        {
            ["id"] = id.ToString("D"),
            ["sourceId"] = Copy(input["sourceId"]),
            ["type"] = Copy(input["type"]) ?? "Service",
            ["fundingType"] = Copy(input["fundingType"]),
            ["serviceNames"] = Copy(input["serviceNames"]) ?? new JsonArray(),
            ["serviceChargeType"] = Copy(input["serviceChargeType"]),
            ["areaType"] = Copy(input["areaType"]),
            ["areas"] = new JsonArray(areas),
            ["serviceDescriptions"] = Copy(input["serviceDescriptions"]) ?? new JsonArray(),
            ["languages"] = Copy(input["languages"]) ?? new JsonArray(),
            ["serviceClasses"] = Finto(input["serviceClasses"], "PtvServiceClass"),
            ["ontologyTerms"] = new JsonArray(),
            ["targetGroups"] = Finto(input["targetGroups"], "PtvTargetGroup"),
            ["lifeEvents"] = Finto(input["lifeEvents"], "PtvLifeEvent"),
            ["industrialClasses"] = new JsonArray(),
            ["serviceChannels"] = new JsonArray(),
            ["organizations"] = organisation is null ? new JsonArray() : new JsonArray(
                new JsonObject { ["organization"] = new JsonObject { ["id"] = organisation, ["name"] = null }, ["roleType"] = "Responsible", ["provisionType"] = null },
                new JsonObject { ["organization"] = new JsonObject { ["id"] = organisation, ["name"] = null }, ["roleType"] = "Producer", ["provisionType"] = "SelfProduced" }),
            ["publishingStatus"] = Copy(input["publishingStatus"]),
            ["modified"] = Now(),
        };
    }

    /// <summary>What PTV's Open API would serve for the place (<c>V11VmOpenApiServiceLocationChannel</c>).</summary>
    private static JsonObject LocationOutput(Guid id, JsonObject input)
    {
        var addresses = (input["addresses"] as JsonArray ?? []).Select(a =>
        {
            var street = a?["streetAddress"];
            return (JsonNode)new JsonObject
            {
                ["type"] = Copy(a?["type"]), ["subType"] = Copy(a?["subType"]),
                ["streetAddress"] = street is null ? null : new JsonObject
                {
                    ["street"] = Copy(street["street"]) ?? new JsonArray(),
                    ["streetNumber"] = Copy(street["streetNumber"]),
                    ["postalCode"] = Copy(street["postalCode"]),
                    ["postOffice"] = new JsonArray(),
                    ["municipality"] = street["municipality"] is { } m ? new JsonObject { ["code"] = Copy(m), ["name"] = new JsonArray() } : null,
                    ["additionalInformation"] = new JsonArray(),
                    ["latitude"] = Copy(street["latitude"]),
                    ["longitude"] = Copy(street["longitude"]),
                    ["coordinateState"] = street["latitude"] is null ? "NotReceived" : "Ok",
                },
                ["country"] = Copy(a?["country"]) ?? "FI",
                ["entrances"] = new JsonArray(),
            };
        }).ToArray();
        var phones = (input["phoneNumbers"] as JsonArray ?? []).Select(p => (JsonNode)new JsonObject
        {
            ["type"] = "Phone", ["additionalInformation"] = null, ["serviceChargeType"] = Copy(p?["serviceChargeType"]), ["chargeDescription"] = null,
            ["prefixNumber"] = Copy(p?["prefixNumber"]), ["isFinnishServiceNumber"] = Copy(p?["isFinnishServiceNumber"]) ?? false,
            ["number"] = Copy(p?["number"]), ["language"] = Copy(p?["language"]),
        }).ToArray();
        return new JsonObject
        {
            ["id"] = id.ToString("D"),
            ["sourceId"] = Copy(input["sourceId"]),
            ["serviceChannelType"] = "ServiceLocation",
            ["organizationId"] = Copy(input["organizationId"]),
            ["serviceChannelNames"] = Copy(input["serviceChannelNames"]) ?? new JsonArray(),
            ["displayNameType"] = Copy(input["displayNameType"]) ?? new JsonArray(),
            ["serviceChannelDescriptions"] = Copy(input["serviceChannelDescriptions"]) ?? new JsonArray(),
            ["areaType"] = null,
            ["areas"] = new JsonArray(),
            ["phoneNumbers"] = new JsonArray(phones),
            ["emails"] = Copy(input["emails"]) ?? new JsonArray(),
            ["languages"] = Copy(input["languages"]) ?? new JsonArray(),
            ["webPages"] = Copy(input["webPages"]) ?? new JsonArray(),
            ["addresses"] = new JsonArray(addresses),
            ["serviceHours"] = Copy(input["serviceHours"]) ?? new JsonArray(),
            ["services"] = new JsonArray(),
            ["publishingStatus"] = Copy(input["publishingStatus"]),
            ["modified"] = Now(),
        };
    }

    /// <summary>A token shaped as PTV's (a JWT) that says when it runs out, an hour from now.</summary>
    private static string Jwt(string username)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Part(JsonSerializer.Serialize(new { username, exp, apiUserOrganisation = true }))}.{Guid.NewGuid():N}";
    }
}

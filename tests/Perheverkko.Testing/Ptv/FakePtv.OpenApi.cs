using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Perheverkko.Testing.Ptv;

/// <summary>
/// The fake's public read side, as PTV's Open API v11 serves it: an organisation's services
/// (<c>GET /api/v11/Service/list/organization</c>, V11VmOpenApiServicesWithPaging) and its channels
/// (<c>GET /api/v11/ServiceChannel/list/organization</c>, V11VmOpenApiServiceChannelsWithPaging), full data, paged with
/// PTV's <c>pageNumber</c>/<c>pageSize</c>/<c>pageCount</c>/<c>itemList</c>; an organisation PTV does not know is a 404.
/// </summary>
public sealed partial class FakePtv
{
    /// <summary>Small, so an import has to follow the pages (PTV's own page size is 1000).</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>Organisations PTV knows besides those its entries name (one may have no services yet).</summary>
    public ConcurrentDictionary<Guid, bool> Organisations { get; } = new();

    partial void MapOpenApi()
    {
        app.MapGet("/api/v11/Service/list/organization", (HttpContext context) =>
            Page(context, Services.Values.Where(s => OrganisationParameter(context) is { } o && OrganisationsOf(s).Contains(o))));
        app.MapGet("/api/v11/ServiceChannel/list/organization", (HttpContext context) =>
            Page(context, ServiceLocations.Values.Where(c => Guid.TryParse((string?)c["organizationId"], out var o) && o == OrganisationParameter(context))));
    }

    private static Guid? OrganisationParameter(HttpContext context) =>
        Guid.TryParse(context.Request.Query["organizationId"], out var id) ? id : null;

    private static IEnumerable<Guid> OrganisationsOf(JsonObject service) =>
        (service["organizations"] as JsonArray ?? []).Select(o => Guid.TryParse((string?)o?["organization"]?["id"], out var id) ? id : Guid.Empty);

    private bool Knows(Guid organisation) =>
        Organisations.ContainsKey(organisation) || Services.Values.Any(s => OrganisationsOf(s).Contains(organisation))
        || ServiceLocations.Values.Any(c => (string?)c["organizationId"] == organisation.ToString());

    private IResult Page(HttpContext context, IEnumerable<JsonObject> items)
    {
        if (OrganisationParameter(context) is not { } organisation)
            return Results.BadRequest(new JsonObject { ["organizationId"] = new JsonArray("The organizationId parameter is invalid.") });
        if (!Knows(organisation)) return Results.NotFound(new JsonObject { ["message"] = "Organization not found." });
        var page = int.TryParse(context.Request.Query["page"], out var p) && p > 0 ? p : 1;
        var published = items.Where(i => (string?)i["publishingStatus"] is null or "Published").OrderBy(i => (string?)i["id"]).ToList();
        var pageCount = (published.Count + PageSize - 1) / PageSize;
        var itemList = new JsonArray(published.Skip((page - 1) * PageSize).Take(PageSize).Select(i => (JsonNode)i.DeepClone()).ToArray());
        return Results.Json(new JsonObject { ["pageNumber"] = page, ["pageSize"] = PageSize, ["pageCount"] = pageCount, ["itemList"] = itemList });
    }
}

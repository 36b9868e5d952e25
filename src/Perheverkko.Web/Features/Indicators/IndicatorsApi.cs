using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>
/// The region's indicators (issue #17 item 5): list with values, choose (Sotkanet id and name), import a file in Sotkanet's
/// JSON or CSV data format (with its regions list), and fetch from Sotkanet when its address is set.
/// </summary>
public static class IndicatorsApi
{
    public static void MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Indicators");
        api.MapGet("/indicators", List)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ListIndicators")
            .WithSummary("The region's indicators with their values per municipality and year")
            .ProducesProblem(401).ProducesProblem(403);
        api.MapPost("/indicators", Create)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CreateIndicator")
            .WithSummary("Follow a Sotkanet indicator: sotkanetId and name fi/sv/en")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapPut("/indicators/{id:guid}", Update)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("UpdateIndicator")
            .WithSummary("Rename an indicator")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);
        api.MapPost("/indicators/imports", Import)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ImportIndicatorValues")
            .WithSummary("Import values in Sotkanet's data format: data (the JSON array of /rest/1.1/json or its CSV) and regions (Sotkanet's regions list, needed the first time); all or nothing, a refused row is named in the problem's title")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422);
        api.MapPost("/indicators/fetches", Fetch)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("FetchIndicatorValues")
            .WithSummary("Fetch the region's indicators from Sotkanet for the years (default: the last five) and import them; 409 indicator.source_failed when Sotkanet does not answer with data")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);
    }

    private static async Task<Ok<IndicatorsView>> List(HttpContext http, IndicatorsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.StaffViewAsync(http.Actor(), ct));

    private static async Task<Created<CreatedId>> Create(SaveIndicator.Request request, HttpContext http, SaveIndicator handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), null, request, ct);
        return TypedResults.Created($"/api/v1/indicators/{id}", new CreatedId(id));
    }

    private static async Task<NoContent> Update(Guid id, SaveIndicator.Request request, HttpContext http, SaveIndicator handler, CancellationToken ct)
    { await handler.HandleAsync(http.Actor(), id, request, ct); return TypedResults.NoContent(); }

    private static async Task<Ok<ImportIndicatorValues.Result>> Import(ImportIndicatorValues.Request request, HttpContext http, ImportIndicatorValues handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), request, ct));

    private static async Task<Ok<ImportIndicatorValues.Result>> Fetch(FetchIndicatorValues.Request request, HttpContext http, FetchIndicatorValues handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(http.Actor(), request with { RegionId = null }, ct));
}

using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Regions;

/// <summary>Regions (wellbeing services counties) as tenants: adding one, and its terms.</summary>
public static class RegionsApi
{
    public static void MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Regions");

        api.MapPost("/regions", AddRegion)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddRegion")
            .WithSummary("Add a region with its municipalities by official code; its terms default to South Savo's (national admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapGet("/regions/{region}/terms", GetRegionTerms)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetRegionTerms")
            .WithSummary("The region's terms and the caller's permitted actions (staff of the region, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPut("/regions/{region}/terms", ChangeRegionTerms)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("ChangeRegionTerms")
            .WithSummary("Set the region's terms; they apply from now on (the region's coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);
    }

    private static async Task<Created<CreatedId>> AddRegion(AddRegion.Request request, HttpContext http, AddRegion handler, CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/regions/{request.Slug!.Trim()}/terms", new CreatedId(id));
    }

    private static async Task<Ok<RegionTermsView>> GetRegionTerms(string region, HttpContext http, RegionTermsQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.TermsAsync(http.Actor(), region, ct));

    private static async Task<Ok<VersionView>> ChangeRegionTerms(string region, ChangeRegionTerms.Request request, HttpContext http,
        ChangeRegionTerms handler, CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), region, request, ct)));
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Telemetry;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Hsds;

/// <summary>
/// The directory as open data in the Open Referral Human Services Data Specification 3.0: public, anonymous and
/// read-only, under <c>/hsds</c>. The standard describes these endpoints in its own OpenAPI document (linked from
/// <c>GET /hsds/</c>), so they are left out of this app's <c>/openapi/v1.json</c>. See docs/hsds.md.
/// </summary>
public static class HsdsApi
{
    public static void MapHsdsApi(this IEndpointRouteBuilder app)
    {
        var hsds = app.MapGroup("/hsds").AllowAnonymous().AsOpenData().ExcludeFromDescription().AddEndpointFilter<HsdsErrors>();

        hsds.MapGet("/", GetApiInfo);

        // The lists are served from the public output cache (decision 0044); a free-text search (?search=) is not cached.
        hsds.MapGet("/services", ListServices).CacheOutput(PublicPageCache.Name);
        hsds.MapGet("/services/{id}", GetService);

        hsds.MapGet("/organizations", ListOrganizations).CacheOutput(PublicPageCache.Name);
        hsds.MapGet("/organizations/{id}", GetOrganization);

        hsds.MapGet("/service_at_locations", ListServiceAtLocations).CacheOutput(PublicPageCache.Name);
        hsds.MapGet("/service_at_locations/{id}", GetServiceAtLocation);

        hsds.MapGet("/taxonomies", ListTaxonomies).CacheOutput(PublicPageCache.Name);
        hsds.MapGet("/taxonomies/{id}", GetTaxonomy);
        hsds.MapGet("/taxonomy_terms", ListTaxonomyTerms).CacheOutput(PublicPageCache.Name);
        hsds.MapGet("/taxonomy_terms/{id}", GetTaxonomyTerm);
    }

    private static IResult GetApiInfo(HttpRequest request)
    {
        HsdsQuery.LanguageOf(request.Query);
        return Json(request, new HsdsMeta(HsdsMapping.Version, HsdsMapping.Profile, HsdsMapping.OpenApiUrl));
    }

    private static async Task<IResult> ListServices(HttpRequest request, HsdsQueries queries, AppMetrics metrics, CancellationToken ct)
    {
        var query = List(request, byPlace: true);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var services = await queries.ServicesAsync(query, ct);
        // Only a list with ?search= is a search; a plain list is measured by the request duration per route.
        if (query.Search is not null) metrics.RecordSearch(SearchApi.Hsds, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return Json(request, services);
    }

    private static async Task<IResult> GetService(string id, HttpRequest request, HsdsQueries queries, CancellationToken ct) =>
        Json(request, await queries.ServiceAsync(Id(id, HsdsRules.ServiceNotFound), HsdsQuery.LanguageOf(request.Query), ct));

    private static async Task<IResult> ListOrganizations(HttpRequest request, HsdsQueries queries, CancellationToken ct) =>
        Json(request, await queries.OrganizationsAsync(List(request), ct));

    private static async Task<IResult> GetOrganization(string id, HttpRequest request, HsdsQueries queries, CancellationToken ct)
    {
        var q = List(request);
        return Json(request, await queries.OrganizationAsync(Id(id, HsdsRules.OrganizationNotFound), q.Language, q.FullService, ct));
    }

    private static async Task<IResult> ListServiceAtLocations(HttpRequest request, HsdsQueries queries, CancellationToken ct) =>
        Json(request, await queries.ServiceAtLocationsAsync(List(request, byPlace: true), ct));

    private static async Task<IResult> GetServiceAtLocation(string id, HttpRequest request, HsdsQueries queries, CancellationToken ct) =>
        Json(request, await queries.ServiceAtLocationAsync(Id(id, HsdsRules.ServiceAtLocationNotFound), HsdsQuery.LanguageOf(request.Query), ct));

    private static IResult ListTaxonomies(HttpRequest request) => Json(request, HsdsQueries.Taxonomies(List(request)));

    private static IResult GetTaxonomy(string id, HttpRequest request) =>
        Json(request, HsdsQueries.Taxonomy(Id(id, HsdsRules.TaxonomyNotFound), HsdsQuery.LanguageOf(request.Query)));

    private static IResult ListTaxonomyTerms(HttpRequest request) => Json(request, HsdsQueries.TaxonomyTerms(List(request)));

    private static IResult GetTaxonomyTerm(string id, HttpRequest request) =>
        Json(request, HsdsQueries.TaxonomyTerm(Id(id, HsdsRules.TaxonomyTermNotFound), HsdsQuery.LanguageOf(request.Query)));

    private static HsdsQuery List(HttpRequest request, bool byPlace = false)
    {
        HsdsQuery.CheckFormat(request.Query);
        return HsdsQuery.From(request.Query, byPlace);
    }

    /// <summary>An id that is not a UUID names nothing here: the same 404 as an unknown one.</summary>
    private static Guid Id(string value, Rule notFound) =>
        Guid.TryParseExact(value, "D", out var id) ? id : throw new NotFoundException(notFound);

    private static IResult Json<T>(HttpRequest request, T value)
    {
        request.HttpContext.Response.Headers.ContentLanguage = HsdsQuery.LanguageOf(request.Query);
        return Results.Json(value, HsdsJson.Options);
    }

    /// <summary>Errors as the rest of the API gives them (ProblemDetails with a stable code); a bad parameter is a 400 naming it.</summary>
    private sealed class HsdsErrors(Texts texts, ILogger<HsdsErrors> logger) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            try
            {
                return await next(context);
            }
            catch (HsdsParameterInvalid invalid)
            {
                var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [invalid.Parameter] = [invalid.Message] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "A query parameter is not valid.",
                };
                problem.Extensions[Problems.CodeKey] = HsdsParameterInvalid.Code;
                return TypedResults.Problem(problem);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                var problem = Problems.For(e, texts);
                if (problem.Status >= 500) logger.LogError(e, "Unhandled exception on {Method} {Path}", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
                return TypedResults.Problem(problem);
            }
        }
    }
}

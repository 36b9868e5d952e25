using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>The network as data: organisations, regions, municipalities, family centres.</summary>
public static class OrganisationsApi
{
    public static void MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Network");

        api.MapGet("/organisations", ListOrganisations)
            .AllowAnonymous().AsOpenData().CacheOutput(PublicPageCache.Name).WithName("ListOrganisations").WithSummary("Organisations of the network (public)");

        api.MapGet("/organisations/{id:guid}", GetOrganisation)
            .AllowAnonymous().AsOpenData().WithName("GetOrganisation").WithSummary("One organisation (public)").ProducesProblem(404);

        api.MapGet("/organisations/{id:guid}/staff-view", GetOrganisationForStaff)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("GetOrganisationForStaff")
            .WithSummary("One organisation with its contact persons and the caller's permitted actions (staff; audited)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapPost("/organisations", CreateOrganisation)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("CreateOrganisation").WithSummary("Add an organisation (coordinator, admin)")
            .ProducesProblem(401).ProducesProblem(403).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPut("/organisations/{id:guid}", UpdateOrganisation)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("UpdateOrganisation")
            .WithSummary("Change an organisation's names, kind or business id (coordinator, admin, own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapPost("/organisations/{id:guid}/contact-persons", AddContactPerson)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("AddContactPerson")
            .WithSummary("Name a contact person or signatory (coordinator, admin, own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422).ProducesProblem(409);

        api.MapDelete("/organisations/{id:guid}/contact-persons/{personId:guid}", RemoveContactPerson)
            .RequireAuthorization(AccessSetup.StaffPolicy).WithName("RemoveContactPerson")
            .WithSummary("Remove a contact person or signatory (coordinator, admin, own representative)")
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        api.MapGet("/regions", ListRegions)
            .AllowAnonymous().AsOpenData().WithName("ListRegions").WithSummary("Wellbeing services counties (public)");
        api.MapGet("/municipalities", ListMunicipalities)
            .AllowAnonymous().AsOpenData().WithName("ListMunicipalities").WithSummary("Municipalities of the region (public)");
        api.MapGet("/family-centres", ListFamilyCentres)
            .AllowAnonymous().AsOpenData().WithName("ListFamilyCentres").WithSummary("The wellbeing county's family centres (public)");
    }

    private static async Task<Ok<IReadOnlyList<PublicOrganisationView>>> ListOrganisations(OrganisationKind? kind, OrganisationQueries queries,
        CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(kind, ct));

    private static async Task<Ok<PublicOrganisationView>> GetOrganisation(Guid id, OrganisationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.GetAsync(id, ct));

    private static async Task<Ok<StaffOrganisationView>> GetOrganisationForStaff(Guid id, HttpContext http, OrganisationQueries queries,
        CancellationToken ct) =>
        TypedResults.Ok(await queries.GetForStaffAsync(http.Actor(), id, ct));

    private static async Task<Created<CreatedId>> CreateOrganisation(CreateOrganisation.Request request, HttpContext http, CreateOrganisation handler,
        CancellationToken ct)
    {
        var id = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/organisations/{id}", new CreatedId(id));
    }

    private static async Task<Ok<VersionView>> UpdateOrganisation(Guid id, UpdateOrganisation.Request request, HttpContext http, UpdateOrganisation handler,
        CancellationToken ct) =>
        TypedResults.Ok(new VersionView(await handler.HandleAsync(http.Actor(), id, request, ct)));

    private static async Task<Created<CreatedId>> AddContactPerson(Guid id, AddContactPerson.Request request, HttpContext http, AddContactPerson handler,
        CancellationToken ct)
    {
        var personId = await handler.HandleAsync(http.Actor(), id, request, ct);
        return TypedResults.Created($"/api/v1/organisations/{id}/staff-view", new CreatedId(personId));
    }

    private static async Task<NoContent> RemoveContactPerson(Guid id, Guid personId, HttpContext http, RemoveContactPerson handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, personId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<RegionView>>> ListRegions(OrganisationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.RegionsAsync(ct));

    private static async Task<Ok<IReadOnlyList<MunicipalityView>>> ListMunicipalities(OrganisationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MunicipalitiesAsync(ct));

    private static async Task<Ok<IReadOnlyList<FamilyCentreView>>> ListFamilyCentres(OrganisationQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.FamilyCentresAsync(ct));
}

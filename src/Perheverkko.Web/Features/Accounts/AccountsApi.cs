using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Accounts").RequireAuthorization(AccessSetup.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);

        api.MapGet("/me", async (HttpContext http, AccountQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.MeAsync(http.Actor(), ct)))
            .WithName("GetMe").WithSummary("The signed-in person and what they may do");

        api.MapGet("/me/tokens", async (HttpContext http, AccountQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.TokensAsync(http.Actor(), ct)))
            .WithName("ListMyTokens").WithSummary("The caller's personal access tokens (never their secrets)");

        api.MapPost("/me/tokens", async (CreateAccessToken.Request request, HttpContext http, CreateAccessToken handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(http.Actor(), request, ct);
                return TypedResults.Created($"/api/v1/me/tokens/{created.Token.Id}", created);
            })
            .WithName("CreateMyToken").WithSummary("Create a personal access token; the secret is in this response only")
            .ProducesValidationProblem(422);

        api.MapDelete("/me/tokens/{id:guid}", async (Guid id, HttpContext http, RevokeAccessToken handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(http.Actor(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeMyToken").WithSummary("Revoke one of the caller's tokens").ProducesProblem(404);

        api.MapPost("/users", async (AddUser.Request request, HttpContext http, AddUser handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(http.Actor(), request, ct);
                return TypedResults.Created($"/api/v1/users/{created.Id}", created);
            })
            .WithName("AddUser").WithSummary("Create a staff account with a one-time password (admin)")
            .ProducesValidationProblem(422).ProducesProblem(409).ProducesProblem(404);
    }
}

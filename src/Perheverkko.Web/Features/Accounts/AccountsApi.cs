using Microsoft.AspNetCore.Http.HttpResults;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Accounts;

public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApi("Accounts").RequireAuthorization(AccessSetup.StaffPolicy)
            .ProducesProblem(401).ProducesProblem(403);

        api.MapGet("/me", GetMe)
            .WithName("GetMe").WithSummary("The signed-in person and what they may do");

        api.MapGet("/me/tokens", ListMyTokens)
            .WithName("ListMyTokens").WithSummary("The caller's personal access tokens (never their secrets)");

        api.MapPost("/me/tokens", CreateMyToken)
            .WithName("CreateMyToken").WithSummary("Create a personal access token (90 days unless expiresInDays says otherwise, at most 365; made with a token, it ends no later than that one); the secret is in this response only")
            .ProducesValidationProblem(422);

        api.MapDelete("/me/tokens/{id:guid}", RevokeMyToken)
            .WithName("RevokeMyToken").WithSummary("Revoke one of the caller's tokens").ProducesProblem(404);

        api.MapPost("/users", AddUser)
            .WithName("AddUser").WithSummary("Create a staff account with a one-time password (admin)")
            .ProducesValidationProblem(422).ProducesProblem(409).ProducesProblem(404);
    }

    public static async Task<Ok<MeView>> GetMe(HttpContext http, AccountQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.MeAsync(http.Actor(), ct));

    public static async Task<Ok<IReadOnlyList<AccessTokenView>>> ListMyTokens(HttpContext http, AccountQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.TokensAsync(http.Actor(), ct));

    public static async Task<Created<CreateAccessToken.Created>> CreateMyToken(CreateAccessToken.Request request, HttpContext http, CreateAccessToken handler, CancellationToken ct)
    {
        var created = await handler.HandleAsync(http.Actor(), request, ct, AccessTokens.ExpiryOf(http.User));
        return TypedResults.Created($"/api/v1/me/tokens/{created.Token.Id}", created);
    }

    public static async Task<NoContent> RevokeMyToken(Guid id, HttpContext http, RevokeAccessToken handler, CancellationToken ct)
    {
        await handler.HandleAsync(http.Actor(), id, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Created<AddUser.Created>> AddUser(AddUser.Request request, HttpContext http, AddUser handler, CancellationToken ct)
    {
        var created = await handler.HandleAsync(http.Actor(), request, ct);
        return TypedResults.Created($"/api/v1/users/{created.Id}", created);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Accounts;

public sealed class AccessTokenTests
{
    [Theory, BothDatabases]
    public async Task A_token_is_shown_once_stored_hashed_works_until_revoked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var owner = await app.ClientForAsync(DemoUsers.Professional);
        var created = await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "raportointi", expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("token").GetProperty("id").GetGuid();
        Assert.StartsWith("pv_", secret);

        var stored = await app.WithDbAsync(db => db.AccessTokens.SingleAsync(t => t.Id == id));
        Assert.NotEqual(secret, stored.Hash);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(await owner.GetFromJsonAsync<JsonElement>("/api/v1/me/tokens")));

        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("Liisa Mallikas", me.GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/me/tokens/{id}")).StatusCode);
        var refused = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("auth.required", await refused.Content.ReadAsStringAsync());
    }

    [Theory, BothDatabases]
    public async Task A_token_expires_with_time_another_persons_token_cannot_be_revoked_and_twenty_at_most_are_active(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var owner = await app.ClientForAsync(DemoUsers.Professional);
        var body = await (await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "lyhyt", expiresInDays = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("token").GetProperty("id").GetGuid();

        var stranger = await app.ClientForAsync(DemoUsers.Coordinator);
        var notTheirs = await stranger.DeleteAsync($"/api/v1/me/tokens/{id}");
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal("token.not_found", await CodeOfAsync(notTheirs));

        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("secret").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);

        // The expired token no longer counts towards the limit (the client's own token does); revoking one makes room again.
        var active = (await owner.GetFromJsonAsync<JsonElement>("/api/v1/me/tokens")).EnumerateArray().Count(t => t.GetProperty("active").GetBoolean());
        var ids = new List<Guid>();
        for (var i = active; i < CreateAccessToken.MaxActive; i++)
            ids.Add((await (await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = $"t{i}" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetProperty("id").GetGuid());
        var tooMany = await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "yksi liikaa" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Equal("token.limit", await CodeOfAsync(tooMany));
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/me/tokens/{ids[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "yksi liikaa" })).StatusCode);
    }

    [Fact]
    public async Task A_malformed_or_unknown_token_is_unauthenticated_not_an_error()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        foreach (var token in new[] { "pv_unknown", "not-a-token", new string('x', 5000), "pv_" })
        {
            var client = app.Anonymous();
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
            var response = await client.GetAsync("/api/v1/me");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }
}

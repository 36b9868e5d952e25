using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Perheverkko.Testing;

/// <summary>
/// An organisation's OpenID Connect provider, faked on a loopback port: discovery document, signing keys, token and
/// userinfo endpoints, with RS256-signed id tokens. The test plays the person at the provider's login page by
/// calling <see cref="Authorise"/> with the parameters the app sent there.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "perheverkko-test";
    private readonly WebApplication app;
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, (string Nonce, string Subject, string Email)> codes = new();

    private FakeIdentityProvider(WebApplication app) => this.app = app;

    public string Authority { get; private set; } = "";

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new FakeIdentityProvider(builder.Build());
        provider.Map();
        await provider.app.StartAsync();
        provider.Authority = provider.app.Urls.Single().TrimEnd('/');
        return provider;
    }

    /// <summary>The person signs in at the provider: returns the code the provider sends back to the app.</summary>
    public string Authorise(string nonce, string subject, string email)
    {
        var code = Guid.NewGuid().ToString("N");
        codes[code] = (nonce, subject, email);
        return code;
    }

    private void Map()
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["userinfo_endpoint"] = $"{Authority}/userinfo",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!codes.TryRemove(form["code"].ToString(), out var grant)) return Results.BadRequest(new { error = "invalid_grant" });
            var now = DateTime.UtcNow;
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Authority, Audience = ClientId, IssuedAt = now, NotBefore = now, Expires = now.AddMinutes(5),
                Claims = new Dictionary<string, object> { ["sub"] = grant.Subject, ["nonce"] = grant.Nonce, ["email"] = grant.Email },
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            });
            codes[$"access:{grant.Subject}"] = grant;
            return Results.Json(new { access_token = $"access:{grant.Subject}", token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
        app.MapGet("/userinfo", (HttpRequest request) =>
        {
            var token = request.Headers.Authorization.ToString().Replace("Bearer ", "", StringComparison.Ordinal);
            return codes.TryGetValue(token, out var grant)
                ? Results.Json(new { sub = grant.Subject, email = grant.Email, email_verified = true })
                : Results.Unauthorized();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

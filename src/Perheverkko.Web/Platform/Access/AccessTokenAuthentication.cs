using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Platform.Access;

/// <summary>Personal access tokens: <c>pv_</c> and 43 characters of randomness, kept only as SHA-256.</summary>
public static class AccessTokens
{
    public const string Scheme = "AccessToken";
    public const string Prefix = "pv_";
    /// <summary>On a request made with a token: when that token ends (a token it creates may not outlive it).</summary>
    public const string ExpiresClaim = "perheverkko:token_expires";

    /// <summary>The end of the token a request was authenticated with; null for a cookie sign-in.</summary>
    public static DateTime? ExpiryOf(ClaimsPrincipal principal) =>
        DateTime.TryParse(principal.FindFirstValue(ExpiresClaim), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var end) ? end : null;

    public static string NewSecret() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A fast hash is enough: the secret has 256 bits of entropy, so there is nothing to guess.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PlatformDb db, IUserClaimsPrincipalFactory<StaffUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(AccessTokens.Prefix, StringComparison.Ordinal) || secret.Length > 100)
            return AuthenticateResult.Fail("Malformed token.");

        var hash = AccessTokens.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        // The token and its account in one round trip: this runs on every API request.
        var found = await (from t in db.AccessTokens
                           join u in db.Users on t.UserId equals u.Id
                           where t.Hash == hash
                           select new { Token = t, User = u }).SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsActive(now)) return AuthenticateResult.Fail("Unknown, expired or revoked token.");
        var (token, user) = (found.Token, found.User);
        // Failed password sign-ins do not touch the tokens (issue #12): the sign-in throttle is about the password only.

        if (token.TouchIfStale(now)) await db.SaveChangesAsync(Context.RequestAborted);
        var principal = await principals.CreateAsync(user);
        if (token.ExpiresAt is { } expiresAt)
            principal.Identities.First().AddClaim(new Claim(AccessTokens.ExpiresClaim, expiresAt.ToString("O", CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// The secrets of "forgot password" links: 256 random bits, one per account at a time, kept only as SHA-256 with their
/// end in the account's rows of the Identity token table; spent when used, replaced when a new link is asked for, and
/// void once the password changes by any way (the security stamp is part of what is kept).
/// </summary>
public sealed class PasswordResetLinks(UserManager<StaffUser> users, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const string Name = "PasswordResetLink";

    /// <returns>The link's token: the account's id and the secret, which only the mail holds.</returns>
    public async Task<string> NewAsync(StaffUser user)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var ends = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        await users.SetAuthenticationTokenAsync(user, SecondFactorCodes.Provider, Name,
            string.Join('|', Hash(secret), ends.ToString(CultureInfo.InvariantCulture), user.SecurityStamp));
        return $"{user.Id:N}.{secret}";
    }

    /// <summary>The account the token opens, if it is that account's current, unexpired link; null otherwise.</summary>
    public async Task<StaffUser?> FindAsync(string? token)
    {
        var parts = (token ?? "").Split('.', 2);
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var userId) || parts[1].Length is < 20 or > 100) return null;
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return null;
        var stored = (await users.GetAuthenticationTokenAsync(user, SecondFactorCodes.Provider, Name) ?? "").Split('|');
        if (stored.Length != 3 || !long.TryParse(stored[1], CultureInfo.InvariantCulture, out var ends)) return null;
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored[0]), Encoding.ASCII.GetBytes(Hash(parts[1])));
        return matches && clock.GetUtcNow().ToUnixTimeSeconds() < ends && stored[2] == user.SecurityStamp ? user : null;
    }

    public async Task SpendAsync(StaffUser user) => await users.RemoveAuthenticationTokenAsync(user, SecondFactorCodes.Provider, Name);

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

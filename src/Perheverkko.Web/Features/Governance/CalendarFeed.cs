using System.Security.Cryptography;
using System.Text;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// A person's secret calendar address (issue 5 §9): <c>/calendar/{token}.ics</c> lists the meetings of the groups they
/// belong to. Only the SHA-256 of the token is stored, as with access tokens; the address is shown once. A person has
/// at most one working address: making a new one revokes the old, and revoking ends it.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed() { }

    public CalendarFeed(Guid id, Guid staffUserId, string tokenHash, DateTime now)
    { Id = id; StaffUserId = staffUserId; TokenHash = tokenHash; CreatedAt = now; }

    public Guid Id { get; private set; }
    public Guid StaffUserId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

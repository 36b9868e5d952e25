using System.Security.Cryptography;
using System.Text;

namespace Perheverkko.Web.Platform.Data;

/// <summary>
/// Stable ids for seeded rows: the same name gives the same id on every machine and database,
/// so seeding is idempotent and links to seeded objects survive a re-seed.
/// </summary>
public static class SeedIds
{
    public static Guid For(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"perheverkko:{kind}:{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom) in the layout Guid uses
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}

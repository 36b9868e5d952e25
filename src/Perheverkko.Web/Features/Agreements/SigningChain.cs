using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>The hash chain over signing events: how an event is written canonically, hashed and checked.</summary>
public static class SigningChain
{
    private static readonly JsonSerializerOptions CanonicalJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Canonical(string previousHash, int sequence, Guid versionId, string kind, DateTime occurredAt, string textHash,
        Guid? partyId, string? partyName, Guid? signatoryUserId, string? signatoryName, string? authorityBasis, string? reason) =>
        JsonSerializer.Serialize(new object?[]
        {
            previousHash, sequence, versionId.ToString(), kind, occurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            textHash, partyId?.ToString(), partyName, signatoryUserId?.ToString(), signatoryName, authorityBasis, reason,
        }, CanonicalJson);

    public static string HashOf(string canonical) => Sha256Hex(Encoding.UTF8.GetBytes(canonical));

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Checks every link: each event's hash is the hash of its own canonical fields, and each points at the hash before
    /// it, from the genesis on. Returns the sequence number of the first broken event, or null when the chain is intact.
    /// </summary>
    public static int? FirstBroken(IEnumerable<(int Sequence, string PreviousHash, string Hash, string Canonical)> events)
    {
        var expectedPrevious = SigningEvent.Genesis;
        var expectedSequence = 1;
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            if (e.Sequence != expectedSequence || e.PreviousHash != expectedPrevious || HashOf(e.Canonical) != e.Hash) return e.Sequence;
            expectedPrevious = e.Hash;
            expectedSequence++;
        }
        return null;
    }

    public static int? FirstBroken(IEnumerable<SigningEvent> events) =>
        FirstBroken(events.Select(e => (e.Sequence, e.PreviousHash, e.Hash, e.Canonical())));
}

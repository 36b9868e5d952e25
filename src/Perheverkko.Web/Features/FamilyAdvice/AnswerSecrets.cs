using System.Security.Cryptography;
using System.Text;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// The family's private answer page is reached by a secret in its address, like a password: 32 random bytes, shown
/// once (receipt page and e-mail); only its SHA-256 is stored, so the database cannot give the link away.
/// </summary>
public static class AnswerSecrets
{
    public static (string Secret, string Hash) New()
    {
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (secret, HashOf(secret));
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    /// <summary>What a secret can look like: anything else is not looked up at all (and gets the same 404).</summary>
    public static bool IsWellFormed(string? secret) => secret is { Length: 43 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The receipt's reference code: "PN-" and 8 letters and digits without look-alikes (no 0/O, 1/I/L).</summary>
    public static string NewReference()
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        Span<char> code = stackalloc char[8];
        for (var i = 0; i < code.Length; i++) code[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        return $"PN-{code[..4]}-{code[4..]}";
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

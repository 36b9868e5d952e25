using System.Security.Cryptography;

namespace Perheverkko.Testing;

/// <summary>RFC 6238 codes, as an authenticator app makes them from the shared key (base32).</summary>
public static class Totp
{
    /// <summary>
    /// A code of the app's (fake) clock, after moving it on by one 30-second step: the app accepts each step's code once
    /// (issue #12), so two sign-ins of one person in a test need two steps.
    /// </summary>
    public static string NextCode(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, string base32Key)
    {
        clock.Advance(TimeSpan.FromSeconds(30));
        return Code(base32Key, clock.GetUtcNow());
    }

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var key = Base32Decode(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var counter = at.ToUnixTimeSeconds() / 30;
        var bytes = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian) Array.Reverse(bytes);
        var hash = HMACSHA1.HashData(key, bytes);
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in input.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8) { output.Add((byte)(buffer >> (bits - 8))); bits -= 8; }
        }
        return output.ToArray();
    }
}

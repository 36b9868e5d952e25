using System.Security.Cryptography;
using System.Text;

namespace Perheverkko.Web.Platform.Protection;

/// <summary>
/// Encrypts what must not be readable from a database dump alone: families' words and contact details (decision 0029).
/// AES-256-GCM with a key that is never stored in the database: <c>ContentProtection__Key</c> (base64, 32 bytes) or
/// <c>ContentProtection__KeyFile</c>. The embedded default creates <c>data/content.key</c>; Production refuses to start
/// without a configured key, so a forgotten setting cannot silently make a new key and strand the stored text.
/// </summary>
public sealed class ContentProtector
{
    public const string Section = "ContentProtection";
    private const string Prefix = "pv1.";
    private const int NonceSize = 12, TagSize = 16;
    private readonly byte[] key;

    public ContentProtector(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("The content key must be 32 bytes (AES-256).", nameof(key));
        this.key = key;
        // A short fingerprint in every sealed value says which key sealed it: a wrong key is reported as such, not as garbage.
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key))[..8];
    }

    /// <summary>The first 8 hex digits of the key's SHA-256: written with every sealed value.</summary>
    public string KeyId { get; }

    /// <returns><c>pv1.{keyId}.{base64(nonce | ciphertext | tag)}</c>; null stays null.</returns>
    public string? Seal(string? plain)
    {
        if (plain is null) return null;
        var bytes = Encoding.UTF8.GetBytes(plain);
        var sealedBytes = new byte[NonceSize + bytes.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, bytes, sealedBytes.AsSpan(NonceSize, bytes.Length), sealedBytes.AsSpan(NonceSize + bytes.Length), Encoding.ASCII.GetBytes(KeyId));
        return $"{Prefix}{KeyId}.{Convert.ToBase64String(sealedBytes)}";
    }

    /// <exception cref="CryptographicException">The value was sealed with another key or was changed.</exception>
    public string? Open(string? sealedText)
    {
        if (sealedText is null) return null;
        var parts = sealedText.Split('.', 3);
        if (parts.Length != 3 || parts[0] + "." != Prefix) throw new CryptographicException("Not a sealed value.");
        if (parts[1] != KeyId) throw new CryptographicException($"Sealed with another key ({parts[1]}); this instance has {KeyId}.");
        var sealedBytes = Convert.FromBase64String(parts[2]);
        var length = sealedBytes.Length - NonceSize - TagSize;
        if (length < 0) throw new CryptographicException("A sealed value too short.");
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain, Encoding.ASCII.GetBytes(KeyId));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// The key from the settings, or in the embedded default (any environment but Production) from <c>data/content.key</c>
    /// under the app, made on first start.
    /// </summary>
    public static ContentProtector FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        if (section["Key"] is { Length: > 0 } configured) return new ContentProtector(Decode(configured, $"{Section}__Key"));
        if (section["KeyFile"] is { Length: > 0 } path) return new ContentProtector(Decode(File.ReadAllText(path).Trim(), path));
        if (environment.IsProduction())
            throw new InvalidOperationException(
                $"{Section}__Key or {Section}__KeyFile must be set in Production: it encrypts families' messages, and a key made here would be lost with this machine (docs/decisions/0029-content-encryption.md).");
        var file = Path.Combine(environment.ContentRootPath, "data", "content.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return new ContentProtector(Decode(File.ReadAllText(file).Trim(), file));
    }

    private static byte[] Decode(string base64, string where)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64);
            if (bytes.Length == 32) return bytes;
        }
        catch (FormatException) { }
        throw new InvalidOperationException($"The content key in {where} must be 32 bytes in base64 (e.g. `openssl rand -base64 32`).");
    }
}

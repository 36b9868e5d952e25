using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Accounts;

/// <summary>
/// The codes of the second factor: authenticator codes (RFC 6238), each accepted once, and recovery codes, kept only
/// as hashes and each usable once. Both live in the account's rows of the Identity token table (no schema of their own).
/// </summary>
public sealed class SecondFactorCodes(UserManager<StaffUser> users, TimeProvider clock)
{
    /// <summary>The login provider under which these rows are kept in the token table.</summary>
    public const string Provider = "Perheverkko";
    private const string LastStepName = "AuthenticatorLastStep";
    internal const string RecoveryCodesName = "RecoveryCodeHashes";
    /// <summary>Where Identity itself keeps recovery codes, in plain text: emptied whenever new codes are made.</summary>
    internal const string IdentityStore = "[AspNetUserStore]";
    internal const string IdentityRecoveryCodesName = "RecoveryCodes";
    public const int RecoveryCodeCount = 10;

    /// <summary>
    /// Accepts a six-digit code of the current time step or the one before or after (clock drift), once: the step of
    /// the accepted code is stored, and a code of that step or an earlier one is refused ever after.
    /// </summary>
    public async Task<bool> AcceptAuthenticatorCodeAsync(StaffUser user, string? code)
    {
        code = Normalise(code);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)) return false;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key)) return false;
        var secret = Base32Decode(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        long? matched = null;
        for (var step = now - 1; step <= now + 1; step++)
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeAt(secret, step)), Encoding.ASCII.GetBytes(code))) matched = step;
        if (matched is not { } accepted) return false;
        var last = long.TryParse(await users.GetAuthenticationTokenAsync(user, Provider, LastStepName), out var l) ? l : long.MinValue;
        if (accepted <= last) return false;
        // The update checks the account's concurrency stamp: of two requests replaying one code at once, one fails.
        return (await users.SetAuthenticationTokenAsync(user, Provider, LastStepName, accepted.ToString(System.Globalization.CultureInfo.InvariantCulture))).Succeeded;
    }

    /// <summary>
    /// The current password, or (when the second factor is on) a current authenticator code: what changing the password,
    /// turning the second factor off and making new recovery codes ask for.
    /// </summary>
    public async Task<bool> ProvesPresenceAsync(StaffUser user, string? passwordOrCode)
    {
        if (string.IsNullOrEmpty(passwordOrCode)) return false;
        var code = Normalise(passwordOrCode);
        // A password has at least 12 characters, so six digits can only be a code.
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
            return user.TwoFactorEnabled && await AcceptAuthenticatorCodeAsync(user, code);
        return await users.CheckPasswordAsync(user, passwordOrCode);
    }

    /// <summary>New recovery codes, shown once; the old ones (and any Identity kept in plain text) stop working.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(StaffUser user)
    {
        var codes = Enumerable.Range(0, RecoveryCodeCount).Select(_ => NewRecoveryCode()).ToList();
        await users.RemoveAuthenticationTokenAsync(user, IdentityStore, IdentityRecoveryCodesName);
        await users.SetAuthenticationTokenAsync(user, Provider, RecoveryCodesName, string.Join(';', codes.Select(c => HashOf(user.Id, c))));
        return codes;
    }

    /// <returns>How many codes are left after this one, or null when the code is not one of the account's unused codes.</returns>
    public async Task<int?> RedeemRecoveryCodeAsync(StaffUser user, string? typed)
    {
        var stored = (await users.GetAuthenticationTokenAsync(user, Provider, RecoveryCodesName) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var hash = HashOf(user.Id, typed ?? "");
        var index = stored.FindIndex(h => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(h), Encoding.ASCII.GetBytes(hash)));
        if (index < 0) return null;
        stored.RemoveAt(index);
        var saved = await users.SetAuthenticationTokenAsync(user, Provider, RecoveryCodesName, string.Join(';', stored));
        return saved.Succeeded ? stored.Count : null;
    }

    /// <summary>Turning the second factor off forgets its codes.</summary>
    public async Task ForgetAsync(StaffUser user)
    {
        await users.RemoveAuthenticationTokenAsync(user, Provider, RecoveryCodesName);
        await users.RemoveAuthenticationTokenAsync(user, IdentityStore, IdentityRecoveryCodesName);
    }

    private static string Normalise(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>
    /// 50 random bits: beyond guessing online, and each hash is salted with the account so one table cannot be used against
    /// all accounts at once. A fast hash suffices for online use; the codes are short-lived in practice (ten, spent once).
    /// </summary>
    internal static string HashOf(Guid userId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId.ToString("N") + ":" + Normalise(code).ToLowerInvariant())));

    private static string NewRecoveryCode()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 10).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        return new string(chars, 0, 5) + "-" + new string(chars, 5, 5);
    }

    private static string CodeAt(byte[] secret, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in input.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant().TrimEnd('='))
        {
            var index = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0) continue;
            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8) { output.Add((byte)(buffer >> (bits - 8))); bits -= 8; }
        }
        return output.ToArray();
    }
}

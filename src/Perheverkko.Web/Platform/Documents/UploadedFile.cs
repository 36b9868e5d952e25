using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Platform.Documents;

/// <summary>What every upload path needs: reading a body without holding more than the limit, and knowing a PDF by its content.</summary>
public static class UploadedFile
{
    /// <summary>
    /// Reads the stream, stopping one chunk after the limit, so a too large upload is refused with <paramref name="tooLarge"/>
    /// without being held whole.
    /// </summary>
    public static async Task<byte[]> ReadAtMostAsync(Stream stream, long maxBytes, Rule tooLarge, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw new DomainRuleViolation(tooLarge);
        }
        return buffer.ToArray();
    }

    /// <summary>A PDF starts with "%PDF-", whatever its name or declared type says.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF-"u8);
}

using System.Globalization;
using System.Text.Json;

namespace Perheverkko.Web.Platform.Audit;

/// <summary>A seal's head as written outside the database.</summary>
public sealed record AuditSealHead(int Sequence, long ToId, string Hash, DateTime SealedAt);

/// <summary>
/// The append-only file of seal heads outside the database (one JSON object a line), the anchor that makes rewriting
/// rows and recomputing every seal inside the database detectable. A line {"restoredTo": N} written by a restore says
/// that the heads after seal N that came before it belong to the replaced database (decision 0037).
/// </summary>
public sealed class AuditSealFile(AuditSealOptions options, IHostEnvironment environment)
{
    public const string FileName = "audit-seals.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Path => System.IO.Path.Combine(System.IO.Path.GetFullPath(options.SealFolder, environment.ContentRootPath), FileName);

    private sealed record Line(int? Sequence, long? ToId, string? Hash, DateTime? SealedAt, int? RestoredTo);

    public void Append(IEnumerable<AuditSealHead> heads) =>
        Write(heads.Select(h => JsonSerializer.Serialize(new Line(h.Sequence, h.ToId, h.Hash, h.SealedAt, null), Json)));

    /// <summary>After a restore: the database's seals now end at <paramref name="sequence"/>.</summary>
    public void AppendRestore(int sequence) => Write([JsonSerializer.Serialize(new { restoredTo = sequence }, Json)]);

    private void Write(IEnumerable<string> lines)
    {
        var text = string.Concat(lines.Select(l => l + "\n"));
        if (text.Length == 0) return;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// The heads the file holds, by sequence, as they stand after the last restore; null when a line is unreadable
    /// (a broken file is a broken anchor, not an empty one).
    /// </summary>
    public IReadOnlyDictionary<int, AuditSealHead>? Read()
    {
        var heads = new SortedDictionary<int, AuditSealHead>();
        if (!File.Exists(Path)) return heads;
        foreach (var text in File.ReadLines(Path).Where(l => l.Length > 0))
        {
            Line? line;
            try { line = JsonSerializer.Deserialize<Line>(text, Json); }
            catch (JsonException) { return null; }
            if (line?.RestoredTo is { } restoredTo)
            {
                foreach (var later in heads.Keys.Where(k => k > restoredTo).ToList()) heads.Remove(later);
                continue;
            }
            if (line is not { Sequence: { } sequence, ToId: { } toId, Hash: { } hash, SealedAt: { } at }) return null;
            // A head written twice (the job catches up after a crash) must say the same both times.
            if (heads.TryGetValue(sequence, out var earlier) && earlier.Hash != hash) return null;
            heads[sequence] = new AuditSealHead(sequence, toId, hash, at);
        }
        return heads;
    }

    public static string Describe(AuditSealHead h) =>
        string.Create(CultureInfo.InvariantCulture, $"seal {h.Sequence} to row {h.ToId} hash {h.Hash} at {h.SealedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}");
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Perheverkko.Web.Platform.Audit;

/// <summary>
/// One link of the hash chain over the audit trail: the rows with ids <see cref="FromId"/>..<see cref="ToId"/> (all
/// regions' rows, one national chain), hashed together with the previous seal's hash. Written once, like the rows it
/// covers; its head (sequence, to-id, hash, time) is also written outside the database (docs/decisions/0037-tamper-evident-audit-trail.md).
/// </summary>
public sealed class AuditSeal
{
    private AuditSeal() { }

    public AuditSeal(int sequence, long fromId, long toId, int rowCount, string previousHash, string hash, DateTime sealedAt)
    {
        Sequence = sequence; FromId = fromId; ToId = toId; RowCount = rowCount; PreviousHash = previousHash; Hash = hash; SealedAt = sealedAt;
    }

    /// <summary>1, 2, 3, … without gaps.</summary>
    public int Sequence { get; private set; }
    /// <summary>The previous seal's <see cref="ToId"/> + 1 (1 for the first): the ranges leave no row out.</summary>
    public long FromId { get; private set; }
    public long ToId { get; private set; }
    /// <summary>How many rows the range held when sealed (ids may have gaps: a rolled-back insert uses up its id).</summary>
    public int RowCount { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";
    /// <summary>UTC.</summary>
    public DateTime SealedAt { get; private set; }
}

public sealed class AuditSealConfiguration : IEntityTypeConfiguration<AuditSeal>
{
    public void Configure(EntityTypeBuilder<AuditSeal> builder)
    {
        builder.HasKey(s => s.Sequence);
        builder.Property(s => s.Sequence).ValueGeneratedNever();
        builder.Property(s => s.PreviousHash).HasMaxLength(64);
        builder.Property(s => s.Hash).HasMaxLength(64);
        builder.HasIndex(s => s.ToId).IsUnique();
    }
}

/// <summary>How a seal's hash is computed: the canonical form of its header and of every row in its range.</summary>
public static class AuditSealChain
{
    /// <summary>The previous hash of the first seal.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly JsonSerializerOptions CanonicalJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// One row as stable JSON: an array of every column in a fixed order, times in UTC to the microsecond (what both
    /// databases keep), enums by name as stored. The region is part of it, so moving a row to another region breaks the seal.
    /// </summary>
    public static string Canonical(AuditRecord r) =>
        JsonSerializer.Serialize(new object?[]
        {
            r.Id, r.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture), r.ActorId?.ToString(), r.ActorName,
            r.Event.ToString(), r.Outcome.ToString(), r.ObjectType, r.ObjectId, r.Detail, r.RegionId?.ToString(),
        }, CanonicalJson);

    /// <summary>
    /// SHA-256 (lower-case hex) over the header line [sequence, fromId, toId, rowCount, previousHash] and one line per
    /// row in id order, each ended by a line feed.
    /// </summary>
    public static string Hash(int sequence, long fromId, long toId, string previousHash, IReadOnlyList<AuditRecord> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Line(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Line(JsonSerializer.Serialize(new object[] { sequence, fromId, toId, rows.Count, previousHash }, CanonicalJson));
        foreach (var row in rows.OrderBy(r => r.Id)) Line(Canonical(row));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>The settings of the sealing (section "Audit").</summary>
public sealed class AuditSealOptions
{
    public const string Section = "Audit";

    /// <summary>Where the seal heads are appended outside the database; relative to the app's folder. Default data/audit-seals.</summary>
    public string SealFolder { get; set; } = Path.Combine("data", "audit-seals");

    /// <summary>How often the job seals.</summary>
    public TimeSpan SealInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Only rows older than this are sealed: twice the longest a unit of work may take from making its audit row to
    /// committing it, so no row with a lower id can still be committing when a range is sealed (decision 0037).
    /// </summary>
    public TimeSpan SealGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At most this many rows per seal, so one seal stays small; a run makes as many as it needs.</summary>
    public int MaxRowsPerSeal { get; set; } = 10_000;
}

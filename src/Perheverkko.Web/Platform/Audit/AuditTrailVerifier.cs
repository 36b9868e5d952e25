using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Platform.Audit;

/// <summary>What can break the sealed trail; the names are stable (the command line prints them).</summary>
public enum AuditTrailProblem
{
    /// <summary>The rows of a seal's range no longer hash to its hash: a row was changed, removed or added in a sealed range.</summary>
    RowsChanged,
    /// <summary>A seal does not follow the one before it: a gap or overlap of ranges or sequences, or a previous hash that is not the previous seal's.</summary>
    ChainBroken,
    /// <summary>A seal differs from its head in the seal file: the seals were recomputed inside the database.</summary>
    FileMismatch,
    /// <summary>The seal file has a head the database no longer has: seals (with their rows) were removed.</summary>
    SealMissing,
    /// <summary>The seal file cannot be read.</summary>
    FileUnreadable,
}

/// <summary>
/// The state of the sealed audit trail. Intact: every seal recomputes from its rows, links to the one before it and
/// matches its head in the seal file. <see cref="UnanchoredSeals"/> are seals newer than the file's last head (the
/// job writes them on its next run); <see cref="UnsealedRows"/> are rows newer than the last seal.
/// </summary>
public sealed record AuditTrailState(bool Intact, int Seals, int? LastSequence, long? LastToId, DateTime? LastSealedAt, int? BrokenAt,
    AuditTrailProblem? Problem, int UnanchoredSeals, int UnsealedRows);

/// <summary>Verifies the sealed trail: the one check behind the command line's "audit verify" and the audit page.</summary>
public sealed class AuditTrailVerifier(PlatformDb db, AuditSealFile file)
{
    /// <summary>One line in English for the command line and the audit row (no personal data: counts, sequences and times).</summary>
    public static string Describe(AuditTrailState s) => s.Intact
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{s.Seals} seals, up to seal {s.LastSequence ?? 0} (row {s.LastToId ?? 0}) sealed {s.LastSealedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}; {s.UnanchoredSeals} seals not yet in the seal file; {s.UnsealedRows} rows not yet sealed")
        : $"broken at seal {s.BrokenAt}: {s.Problem}";

    public async Task<AuditTrailState> VerifyAsync(CancellationToken cancellationToken)
    {
        var seals = await db.AuditSeals.AsNoTracking().OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        var heads = file.Read();
        var lastSeal = seals.LastOrDefault();
        var unsealed = await db.AuditRecords.AsNoTracking().IgnoreQueryFilters().CountAsync(r => r.Id > (lastSeal == null ? 0 : lastSeal.ToId), cancellationToken);
        AuditTrailState Broken(int at, AuditTrailProblem problem) =>
            new(false, seals.Count, lastSeal?.Sequence, lastSeal?.ToId, lastSeal?.SealedAt, at, problem, 0, unsealed);
        if (heads is null) return Broken(0, AuditTrailProblem.FileUnreadable);

        var previous = (Sequence: 0, ToId: 0L, Hash: AuditSealChain.Genesis);
        foreach (var seal in seals)
        {
            if (seal.Sequence != previous.Sequence + 1 || seal.FromId != previous.ToId + 1 || seal.ToId < seal.FromId || seal.PreviousHash != previous.Hash)
                return Broken(seal.Sequence, AuditTrailProblem.ChainBroken);
            var rows = await db.AuditRecords.AsNoTracking().IgnoreQueryFilters().Where(r => r.Id >= seal.FromId && r.Id <= seal.ToId)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken);
            if (rows.Count != seal.RowCount || AuditSealChain.Hash(seal.Sequence, seal.FromId, seal.ToId, seal.PreviousHash, rows) != seal.Hash)
                return Broken(seal.Sequence, AuditTrailProblem.RowsChanged);
            if (heads.TryGetValue(seal.Sequence, out var head) && (head.Hash != seal.Hash || head.ToId != seal.ToId))
                return Broken(seal.Sequence, AuditTrailProblem.FileMismatch);
            previous = (seal.Sequence, seal.ToId, seal.Hash);
            db.ChangeTracker.Clear();
        }
        if (heads.Keys.Where(k => k > previous.Sequence).Order().FirstOrDefault() is var missing and > 0)
            return Broken(missing, AuditTrailProblem.SealMissing);
        var anchoredUpTo = heads.Count == 0 ? 0 : heads.Keys.Max();
        return new AuditTrailState(true, seals.Count, lastSeal?.Sequence, lastSeal?.ToId, lastSeal?.SealedAt, null, null,
            seals.Count(s => s.Sequence > anchoredUpTo), unsealed);
    }
}

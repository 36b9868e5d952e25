using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Platform.Audit;

/// <summary>
/// The job that seals the audit trail: the rows not yet sealed, in id order, up to the newest row older than the
/// grace period, become the next seal(s) of the chain; each new head is written to the log and appended to the seal
/// file outside the database. Heads the file lacks (the process stopped between saving a seal and writing its line)
/// are written first. See docs/decisions/0037-tamper-evident-audit-trail.md.
/// </summary>
public sealed class AuditSealing(PlatformDb db, AuditSealOptions options, AuditSealFile file, TimeProvider clock, ILogger<AuditSealing> logger) : IScheduledJob
{
    public string Name => "audit-seal";

    public TimeSpan Interval => options.SealInterval;

    public async Task RunAsync(CancellationToken cancellationToken) => await SealAsync(cancellationToken);

    /// <summary>Seals what is due; returns the new seals' heads. Public so the command line and tests can drive it.</summary>
    public async Task<IReadOnlyList<AuditSealHead>> SealAsync(CancellationToken cancellationToken)
    {
        await WriteMissingHeadsAsync(cancellationToken);
        var made = new List<AuditSealHead>();
        // Rows made before the cutoff have committed (or never will): see AuditSealOptions.SealGrace.
        var cutoff = clock.GetUtcNow().UtcDateTime - options.SealGrace;
        var last = await db.AuditSeals.AsNoTracking().OrderByDescending(s => s.Sequence).FirstOrDefaultAsync(cancellationToken);
        var fromId = (last?.ToId ?? 0) + 1;
        var upTo = await db.AuditRecords.AsNoTracking().IgnoreQueryFilters().Where(r => r.Id >= fromId && r.OccurredAt < cutoff)
            .MaxAsync(r => (long?)r.Id, cancellationToken);
        while (upTo is { } end && fromId <= end)
        {
            var rows = await db.AuditRecords.AsNoTracking().IgnoreQueryFilters().Where(r => r.Id >= fromId && r.Id <= end)
                .OrderBy(r => r.Id).Take(options.MaxRowsPerSeal).ToListAsync(cancellationToken);
            if (rows.Count == 0) break;
            // A full batch ends at its last row; the last batch at the cutoff row, so an id gap at the end stays inside it.
            var toId = rows.Count == options.MaxRowsPerSeal ? rows[^1].Id : end;
            var sequence = (last?.Sequence ?? 0) + 1;
            var previous = last?.Hash ?? AuditSealChain.Genesis;
            var seal = new AuditSeal(sequence, fromId, toId, rows.Count, previous, AuditSealChain.Hash(sequence, fromId, toId, previous, rows),
                clock.GetUtcNow().UtcDateTime);
            db.AuditSeals.Add(seal);
            await db.SaveChangesAsync(cancellationToken);
            var head = new AuditSealHead(seal.Sequence, seal.ToId, seal.Hash, seal.SealedAt);
            logger.LogInformation("Audit trail sealed: seal {Sequence} rows {FromId}-{ToId} ({RowCount}) hash {Hash}", seal.Sequence, seal.FromId, seal.ToId,
                seal.RowCount, seal.Hash);
            file.Append([head]);
            made.Add(head);
            last = seal;
            fromId = toId + 1;
        }
        return made;
    }

    private async Task WriteMissingHeadsAsync(CancellationToken cancellationToken)
    {
        var written = file.Read();
        if (written is null) return; // an unreadable file is the verifier's finding; do not write after it
        var after = written.Count == 0 ? 0 : written.Keys.Max();
        var missing = await db.AuditSeals.AsNoTracking().Where(s => s.Sequence > after).OrderBy(s => s.Sequence)
            .Select(s => new AuditSealHead(s.Sequence, s.ToId, s.Hash, s.SealedAt)).ToListAsync(cancellationToken);
        file.Append(missing);
    }
}

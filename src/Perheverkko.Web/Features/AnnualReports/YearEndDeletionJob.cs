using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>
/// The year-end deletion (issue #17 item 7; 000 §19): for each report whose region's retention policy makes it due
/// (completed, published, or asked by hand) and not yet done, runs every registered <see cref="IYearEndDeletion"/> for the
/// region and year and records <see cref="AuditEvent.YearEndDataDeleted"/> with the kinds and counts only.
/// </summary>
public sealed class YearEndDeletionJob(PerheverkkoDb db, IEnumerable<IYearEndDeletion> deletions, AuditLog audit, TimeProvider clock) : IScheduledJob
{
    public string Name => "year-end-deletion";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken cancellationToken) => RunDueAsync(cancellationToken);

    /// <returns>How many reports' years were deleted.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var policies = await db.AnnualReportSettings.AsNoTracking().AcrossRegions().ToDictionaryAsync(s => s.RegionId, s => s.Retention, cancellationToken);
        var candidates = await db.AnnualReports.AcrossRegions().Where(r => r.YearEndDeletedAt == null && r.CompletedAt != null).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var report in candidates.Where(r => r.DeletionDue(policies.GetValueOrDefault(r.RegionId, YearEndRetention.AfterCompleted))))
        {
            var counts = new List<string>();
            foreach (var deletion in deletions.OrderBy(d => d.Kind, StringComparer.Ordinal))
                counts.Add($"{deletion.Kind}={await deletion.DeleteAsync(report.RegionId, report.Year, cancellationToken)}");
            report.MarkDeleted(clock.GetUtcNow().UtcDateTime);
            audit.Record(null, AuditEvent.YearEndDataDeleted, nameof(AnnualReport), report.Id,
                $"{report.Year}: {(counts.Count == 0 ? "nothing registered" : string.Join(", ", counts))}", report.RegionId);
            await db.SaveChangesAsync(cancellationToken);
            done++;
        }
        return done;
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Retention of the people who stopped working in the network's activities (issue #16 item 7): the check fact went the
/// day they left (any left over is deleted here); after their organisation's <see cref="WorkforceSettings.RetentionMonths"/>
/// the person is deleted with their tasks and lapse notices. The audit trail gets the count per region, never whose.
/// <c>workforce retention --dry-run</c> counts without deleting.
/// </summary>
public sealed class WorkforceRetention(PerheverkkoDb db, AuditLog audit, TimeProvider clock) : IScheduledJob
{
    public string Name => "workforce-retention";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public sealed record RegionCount(Guid RegionId, string Region, int Workers, int ChecksForgotten);

    public Task RunAsync(CancellationToken cancellationToken) => DeleteDueAsync(dryRun: false, cancellationToken);

    /// <returns>Per region with leavers, how many people were (or, with <paramref name="dryRun"/>, would be) deleted and leftover check facts cleared.</returns>
    public async Task<IReadOnlyList<RegionCount>> DeleteDueAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Slug, cancellationToken);
        var leavers = await db.Workers.Where(w => w.LeftOn != null && w.LeftOn <= today).ToListAsync(cancellationToken);
        var organisationIds = leavers.Select(w => w.OrganisationId).Distinct().ToList();
        var stored = await db.WorkforceSettings.AsNoTracking().Where(s => organisationIds.Contains(s.OrganisationId))
            .ToDictionaryAsync(s => s.OrganisationId, s => s.RetentionMonths, cancellationToken);
        var counts = new List<RegionCount>();
        foreach (var region in leavers.GroupBy(w => w.RegionId))
        {
            var due = region.Where(w => w.LeftOn!.Value.AddMonths(stored.GetValueOrDefault(w.OrganisationId, WorkforceSettings.DefaultRetentionMonths)) <= today).ToList();
            var leftovers = region.Except(due).Where(w => w.HasCheck).ToList();
            counts.Add(new RegionCount(region.Key, regions.GetValueOrDefault(region.Key, ""), due.Count, leftovers.Count));
            if (dryRun) continue;
            foreach (var worker in leftovers)
            {
                // Leave() deletes the check fact; a row that still has one (written around it) loses it here.
                var entry = db.Entry(worker);
                entry.Property(w => w.CheckShownOn).CurrentValue = null;
                entry.Property(w => w.CheckExtractDate).CurrentValue = null;
                entry.Property(w => w.CheckConsentGiven).CurrentValue = false;
            }
            // Their tasks and lapse notices go with them (cascade); anyone they supported loses the named support person.
            var dueIds = due.Select(w => w.Id).ToList();
            foreach (var supported in await db.Workers.Where(w => w.SupportPersonId != null && dueIds.Contains(w.SupportPersonId.Value)).ToListAsync(cancellationToken))
                db.Entry(supported).Property(w => w.SupportPersonId).CurrentValue = null;
            db.Workers.RemoveRange(due);
            if (due.Count > 0 || leftovers.Count > 0)
                audit.Record(Actor.System, AuditEvent.WorkersDeleted, nameof(Worker), null,
                    $"{due.Count} people deleted after their organisation's retention period; {leftovers.Count} leftover check facts deleted", region.Key);
            await db.SaveChangesAsync(cancellationToken);
        }
        return counts;
    }
}

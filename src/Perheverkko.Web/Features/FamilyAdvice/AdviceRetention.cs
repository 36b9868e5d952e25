using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Jobs;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Deletes the content of contacts closed more than the region's <see cref="AdviceSettings.RetentionMonths"/> ago (issue
/// #15 item 7): the family's words, details, notes, history and answer links go; the row stays as the anonymous
/// statistics row. The audit trail gets the count per region, never whose. <c>perheneuvo retention --dry-run</c> counts
/// without deleting.
/// </summary>
public sealed class AdviceRetention(PerheverkkoDb db, AuditLog audit, TimeProvider clock) : IScheduledJob
{
    public string Name => "perheneuvo-retention";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public sealed record RegionCount(Guid RegionId, string Region, int Contacts);

    public Task RunAsync(CancellationToken cancellationToken) => DeleteDueAsync(dryRun: false, cancellationToken);

    /// <returns>Per region, how many contacts' content was (or, with <paramref name="dryRun"/>, would be) deleted.</returns>
    public async Task<IReadOnlyList<RegionCount>> DeleteDueAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Slug, cancellationToken);
        var counts = new List<RegionCount>();
        foreach (var settings in await db.AdviceSettings.AsNoTracking().ToListAsync(cancellationToken))
        {
            var closedBefore = now.AddMonths(-settings.RetentionMonths);
            var due = db.FamilyContacts.Where(c => c.RegionId == settings.RegionId && c.State == ContactState.Closed && c.ContentDeletedAt == null
                                                   && c.ClosedAt < closedBefore);
            if (dryRun)
            {
                counts.Add(new RegionCount(settings.RegionId, regions.GetValueOrDefault(settings.RegionId, ""), await due.CountAsync(cancellationToken)));
                continue;
            }
            var contacts = await due.Include(c => c.Entries).Include(c => c.AnswerLinks).AsSplitQuery().ToListAsync(cancellationToken);
            foreach (var contact in contacts)
            {
                db.ContactEntries.RemoveRange(contact.Entries);
                db.AnswerLinks.RemoveRange(contact.AnswerLinks);
                contact.DeleteContent(now);
            }
            counts.Add(new RegionCount(settings.RegionId, regions.GetValueOrDefault(settings.RegionId, ""), contacts.Count));
            if (contacts.Count > 0)
                audit.Record(Actor.System, AuditEvent.FamilyContactContentDeleted, nameof(FamilyContact), null,
                    $"{contacts.Count} contacts closed before {closedBefore:yyyy-MM-dd}", settings.RegionId);
            await db.SaveChangesAsync(cancellationToken);
        }
        return counts;
    }
}

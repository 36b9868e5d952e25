using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Judges activities' workforce requirements from the database in a few queries, whatever the number of activities:
/// the publish gate, the staff marks, the coordinator's overview and the lapse reminders all read this one answer.
/// It names no person: what it returns is ids and requirements, so each caller decides what its reader may see.
/// </summary>
public sealed class ActivityStandingQueries(PerheverkkoDb db)
{
    public async Task<IReadOnlyDictionary<Guid, ActivityStanding>> OfActivitiesAsync(IReadOnlyCollection<Guid> activityIds, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (activityIds.Count == 0) return new Dictionary<Guid, ActivityStanding>();
        var ids = activityIds.Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.OrganisationId, a.RegionId }).ToListAsync(cancellationToken);
        var tasks = await db.ActivityTasks.AsNoTracking().Where(t => ids.Contains(t.ActivityId)).ToListAsync(cancellationToken);
        var workerIds = tasks.Select(t => t.WorkerId).Distinct().ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        var policyIds = workers.Values.Where(w => w.InsurancePolicyId is not null).Select(w => w.InsurancePolicyId!.Value).Distinct().ToList();
        var policies = await db.InsurancePolicies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var organisations = activities.Select(a => a.OrganisationId).Concat(workers.Values.Select(w => w.OrganisationId)).Distinct().ToList();
        var stored = await db.WorkforceSettings.AsNoTracking().Where(s => organisations.Contains(s.OrganisationId)).ToDictionaryAsync(s => s.OrganisationId, cancellationToken);
        WorkforceSettings SettingsOf(Guid regionId, Guid organisationId) => stored.GetValueOrDefault(organisationId) ?? WorkforceSettings.Defaults(regionId, organisationId);

        var byActivity = tasks.ToLookup(t => t.ActivityId);
        return activities.ToDictionary(a => a.Id, a =>
        {
            var judged = byActivity[a.Id].Where(t => workers.ContainsKey(t.WorkerId)).Select(t =>
            {
                var worker = workers[t.WorkerId];
                var policy = worker.InsurancePolicyId is { } p ? policies.GetValueOrDefault(p) : null;
                return WorkforceRequirements.Judge(worker, t.ChildrenWithoutGuardian, SettingsOf(a.RegionId, worker.OrganisationId), policy, today);
            }).ToList();
            var leaderNamed = byActivity[a.Id].Any(t => t.Role == TaskRole.Leads && workers.TryGetValue(t.WorkerId, out var w) && !w.HasLeft(today));
            return WorkforceRequirements.Judge(a.Id, leaderNamed, judged, SettingsOf(a.RegionId, a.OrganisationId).ReminderDays, today);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// What naming, changing and removing an activity's people share: the activity (in the actor's region, else not found)
/// and the actor's right to manage their own organisation's people. Each organisation names only its own.
/// </summary>
internal static class ActivityPeopleAccess
{
    public static async Task<(Activity Activity, Actor Allowed)> RequireAsync(PerheverkkoDb db, AccessControl access, Actor? actor, Guid activityId,
        CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null || (actor is { IsNational: false } && actor.RegionId != activity.RegionId)) throw new NotFoundException(WorkforceRules.ActivityNotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, WorkforceAccess.PeopleOf(actor, regionId: activity.RegionId), cancellationToken);
        return (activity, allowed);
    }

    /// <summary>The person's task in the activity, among the actor's own organisation's (another's reads as absent).</summary>
    public static async Task<ActivityTask> OwnTaskAsync(PerheverkkoDb db, AccessControl access, Actor allowed, Guid activityId, Guid workerId,
        CancellationToken cancellationToken)
    {
        var task = await db.ActivityTasks.SingleOrDefaultAsync(t => t.ActivityId == activityId && t.WorkerId == workerId && t.OrganisationId == allowed.OrganisationId,
            cancellationToken);
        RuleCheck.That(task is not null, WorkforceRules.NotInActivity);
        await access.RequireAsync(allowed, StaffAction.ManageWorkforce, new AccessObject(nameof(Worker), workerId, task!.RegionId, task.OrganisationId), cancellationToken);
        return task;
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Takes one of the organisation's own people out of an activity. A published activity left without a leader stays
/// published (families are not left without notice) and is marked for the staff.
/// </summary>
public sealed class RemoveActivityPerson(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public async Task HandleAsync(Actor? actor, Guid activityId, Guid workerId, CancellationToken cancellationToken)
    {
        var (activity, allowed) = await ActivityPeopleAccess.RequireAsync(db, access, actor, activityId, cancellationToken);
        var task = await ActivityPeopleAccess.OwnTaskAsync(db, access, allowed, activityId, workerId, cancellationToken);
        db.ActivityTasks.Remove(task);
        audit.Record(allowed, AuditEvent.ActivityTasksChanged, nameof(Directory.Activity), activityId, $"removed {workerId}", activity.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

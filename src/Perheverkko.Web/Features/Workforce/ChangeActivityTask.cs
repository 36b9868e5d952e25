using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>Changes the role of one of the organisation's own people in an activity, or the task's 504/2002 §2 flag.</summary>
public sealed class ChangeActivityTask(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(TaskRole? Role, bool ChildrenWithoutGuardian);

    public async Task HandleAsync(Actor? actor, Guid activityId, Guid workerId, Request request, CancellationToken cancellationToken)
    {
        var (activity, allowed) = await ActivityPeopleAccess.RequireAsync(db, access, actor, activityId, cancellationToken);
        new InputCheck().Defined("role", request.Role).ThrowIfInvalid();
        var task = await ActivityPeopleAccess.OwnTaskAsync(db, access, allowed, activityId, workerId, cancellationToken);
        task.Change(request.Role!.Value, request.ChildrenWithoutGuardian, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.ActivityTasksChanged, nameof(Directory.Activity), activityId,
            $"changed {workerId} ({request.Role}, children without guardian: {request.ChildrenWithoutGuardian})", activity.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Names one of the organisation's own people to an activity it is responsible for or co-organises (001 §15), as a
/// leader or a helper, with the law 504/2002 §2 flag on the task. A published activity stays published whatever its
/// people: a change only moves its standing, which the staff see marked.
/// </summary>
public sealed class NameActivityPerson(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(Guid? WorkerId, TaskRole? Role, bool ChildrenWithoutGuardian);

    public async Task HandleAsync(Actor? actor, Guid activityId, Request request, CancellationToken cancellationToken)
    {
        var (activity, allowed) = await ActivityPeopleAccess.RequireAsync(db, access, actor, activityId, cancellationToken);
        new InputCheck().That(request.WorkerId is not null, "workerId", "validation.required").Defined("role", request.Role).ThrowIfInvalid();
        // Another organisation's person reads as no person at all: one organisation never learns of another's people.
        var worker = await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.Id == request.WorkerId && w.OrganisationId == allowed.OrganisationId, cancellationToken);
        RuleCheck.That(worker is not null, WorkforceRules.WorkerNotFound with { Field = "workerId" });
        await access.RequireAsync(allowed, StaffAction.ManageWorkforce, new AccessObject(nameof(Worker), worker!.Id, worker.RegionId, worker.OrganisationId), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        RuleCheck.That(!worker.HasLeft(HelsinkiTime.Today(clock)), WorkforceRules.WorkerLeft with { Field = "workerId" });
        RuleCheck.That(worker.OrganisationId == activity.OrganisationId || activity.CoOrganiserIds.Contains(worker.OrganisationId), WorkforceRules.WorkerNotOfActivity);
        RuleCheck.That(!await db.ActivityTasks.AnyAsync(t => t.ActivityId == activityId && t.WorkerId == worker.Id, cancellationToken), WorkforceRules.AlreadyInActivity);
        db.ActivityTasks.Add(new ActivityTask(Guid.NewGuid(), activity.RegionId, activityId, worker.Id, worker.OrganisationId, request.Role!.Value,
            request.ChildrenWithoutGuardian, now));
        audit.Record(allowed, AuditEvent.ActivityTasksChanged, nameof(Directory.Activity), activityId,
            $"named {worker.Id} ({request.Role}, children without guardian: {request.ChildrenWithoutGuardian})", activity.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

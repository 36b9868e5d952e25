using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// A person stops working in the network's activities (issue #16 item 7): the check fact is deleted at once and their
/// tasks in activities end; the briefing and insurance dates stay until the retention job deletes the person.
/// </summary>
public sealed class EndWorker(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, DateOnly? LeftOn);

    public async Task HandleAsync(Actor? actor, Guid workerId, Request request, CancellationToken cancellationToken)
    {
        var (worker, allowed) = await db.LoadForManagingAsync(access, actor, workerId, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .That(request.LeftOn is not null, "leftOn", "validation.required").ThrowIfInvalid();
        RuleCheck.That(request.LeftOn <= HelsinkiTime.Today(clock), WorkforceRules.DateInFuture with { Field = "leftOn" });
        worker.Leave(request.Version!.Value, request.LeftOn!.Value, clock.GetUtcNow().UtcDateTime);
        var tasks = await db.ActivityTasks.Where(t => t.WorkerId == worker.Id).ToListAsync(cancellationToken);
        db.ActivityTasks.RemoveRange(tasks);
        audit.Record(allowed, AuditEvent.WorkerLeft, nameof(Worker), worker.Id, $"{tasks.Count} tasks ended", worker.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

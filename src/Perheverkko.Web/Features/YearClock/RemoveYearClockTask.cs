using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>Removes a task from the year clock (the page asks to confirm); it stays removed, also a seeded default.</summary>
public sealed class RemoveYearClockTask(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.YearClockTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.RemovedAt == null, cancellationToken) ?? throw new NotFoundException(YearClockRules.NotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageYearClock, YearClockAccess.Of(task), cancellationToken);
        task.Remove(clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.YearClockChanged, nameof(YearClockTask), task.Id, "task removed", task.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

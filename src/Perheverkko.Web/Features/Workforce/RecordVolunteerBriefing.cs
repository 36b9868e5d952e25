using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>Records the day the ethical principles were gone through with a volunteer, and by whom (001 §17).</summary>
public sealed class RecordVolunteerBriefing(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, DateOnly? BriefedOn, string? BriefedBy);

    public async Task HandleAsync(Actor? actor, Guid workerId, Request request, CancellationToken cancellationToken)
    {
        var (worker, allowed) = await db.LoadForManagingAsync(access, actor, workerId, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .That(request.BriefedOn is not null, "briefedOn", "validation.required")
            .Required("briefedBy", request.BriefedBy, Worker.NameMaxLength).ThrowIfInvalid();
        worker.RecordBriefing(request.Version!.Value, request.BriefedOn!.Value, request.BriefedBy!.Trim(), HelsinkiTime.Today(clock),
            clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.VolunteerBriefingRecorded, nameof(Worker), worker.Id, regionId: worker.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

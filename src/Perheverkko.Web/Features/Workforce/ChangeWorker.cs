using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>Corrects a person's name or work e-mail (the organisation's own people only).</summary>
public sealed class ChangeWorker(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, string? Name, string? WorkEmail = null);

    public async Task HandleAsync(Actor? actor, Guid workerId, Request request, CancellationToken cancellationToken)
    {
        var (worker, allowed) = await db.LoadForManagingAsync(access, actor, workerId, cancellationToken);
        var check = new InputCheck().That(request.Version is not null, "version", "validation.required")
            .Required("name", request.Name, Worker.NameMaxLength);
        if (!string.IsNullOrWhiteSpace(request.WorkEmail)) check.Email("workEmail", request.WorkEmail);
        check.ThrowIfInvalid();
        worker.Rename(request.Version!.Value, request.Name!.Trim(), AddWorker.EmailOrNull(request.WorkEmail), clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.WorkerChanged, nameof(Worker), worker.Id, regionId: worker.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

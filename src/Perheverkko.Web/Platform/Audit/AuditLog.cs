using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Platform.Audit;

/// <summary>Writes the audit trail.</summary>
public sealed class AuditLog(PlatformDb db, IDbContextFactory<PlatformDb> separateDb, TimeProvider clock)
{
    /// <summary>Adds a row to the current unit of work: it is saved together with the change it describes, or not at all.</summary>
    /// <param name="regionId">
    /// The region of the object acted on, when the use case knows it: the row belongs to that region's trail even when
    /// a national administrator (or the system) acted. Without it, the row has the actor's region.
    /// </param>
    public void Record(Actor? actor, AuditEvent auditEvent, string? objectType = null, object? objectId = null, string? detail = null,
        Guid? regionId = null) =>
        db.AuditRecords.Add(Row(actor, auditEvent, AuditOutcome.Succeeded, objectType, objectId, detail, regionId));

    /// <summary>
    /// Saves a row at once, apart from any unit of work: for reads of personal data and for denied or failed
    /// attempts, which must be kept even though nothing else is saved.
    /// </summary>
    public async Task RecordNowAsync(Actor? actor, AuditEvent auditEvent, AuditOutcome outcome, string? objectType = null,
        object? objectId = null, string? detail = null, CancellationToken cancellationToken = default, Guid? regionId = null)
    {
        await using var own = await separateDb.CreateDbContextAsync(cancellationToken);
        own.AuditRecords.Add(Row(actor, auditEvent, outcome, objectType, objectId, detail, regionId));
        await own.SaveChangesAsync(cancellationToken);
    }

    private AuditRecord Row(Actor? actor, AuditEvent auditEvent, AuditOutcome outcome, string? objectType, object? objectId, string? detail,
        Guid? regionId) =>
        new(clock.GetUtcNow().UtcDateTime, actor?.UserId, actor?.Name ?? "anonymous", auditEvent, outcome,
            objectType, objectId?.ToString(), detail is { Length: > 500 } ? detail[..500] : detail, regionId ?? actor?.RegionId);
}

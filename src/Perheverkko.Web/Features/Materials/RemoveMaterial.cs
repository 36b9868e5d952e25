using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.Materials;

/// <summary>Removes a material with all its versions; its owner's staff or the coordinator. The page asks to confirm first.</summary>
public sealed class RemoveMaterial(PerheverkkoDb db, AccessControl access, AuditLog audit, MaterialAccess materials, MaterialCommit commit)
{
    public async Task HandleAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var material = await materials.VisibleAsync(actor, id, cancellationToken, tracked: true);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageMaterials, MaterialAccess.Of(material), cancellationToken);
        var versions = await db.MaterialVersions.Where(v => v.MaterialId == material.Id).ToListAsync(cancellationToken);
        db.MaterialVersions.RemoveRange(versions);
        db.Materials.Remove(material);
        audit.Record(allowed, AuditEvent.MaterialRemoved, nameof(Material), material.Id,
            $"{material.Kind.ToString().ToLowerInvariant()} with {versions.Count} versions", material.RegionId);
        await commit.SaveAsync(material, removed: true, cancellationToken);
    }
}

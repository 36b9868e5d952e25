using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Materials;

/// <summary>Removes an empty folder; one with materials is refused (<see cref="MaterialsRules.FolderNotEmpty"/>), whoever may see them.</summary>
public sealed class RemoveMaterialFolder(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public async Task HandleAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var folder = await db.MaterialFolders.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException(MaterialsRules.FolderNotFound);
        await access.RequireAsync(actor, StaffAction.ManageMaterials, MaterialAccess.Of(folder), cancellationToken);
        RuleCheck.That(!await db.Materials.AnyAsync(m => m.FolderId == folder.Id, cancellationToken), MaterialsRules.FolderNotEmpty);
        db.MaterialFolders.Remove(folder);
        audit.Record(actor, AuditEvent.MaterialFolderChanged, nameof(MaterialFolder), folder.Id, "removed", folder.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

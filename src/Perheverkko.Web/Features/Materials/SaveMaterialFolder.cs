using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Materials;

/// <summary>Adds a folder (a theme) to the region's material bank, or renames or moves one (with an id); the coordinator or admin.</summary>
public sealed class SaveMaterialFolder(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(LocalizedTextInput? Name, int? Position);

    public async Task<Guid> HandleAsync(Actor? actor, Guid? folderId, Request request, CancellationToken cancellationToken)
    {
        MaterialFolder? folder = null;
        if (folderId is { } id)
        {
            folder = await db.MaterialFolders.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException(MaterialsRules.FolderNotFound);
            await access.RequireAsync(actor, StaffAction.ManageMaterials, MaterialAccess.Of(folder), cancellationToken);
        }
        else await access.RequireAsync(actor, StaffAction.ManageMaterials, MaterialAccess.FoldersOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        // A national administrator has no region of their own to add a folder to.
        var regionId = folder?.RegionId ?? actor?.RegionId ?? throw new NotFoundException(MaterialsRules.FolderNotFound);

        var check = new InputCheck();
        if (request.Name is null) check.That(false, "name.fi", "validation.required");
        else request.Name.Check(check, "name", MaterialFolder.NameMaxLength);
        check.That(request.Position is null or >= 0 and <= 10_000, "position", "validation.choice").ThrowIfInvalid();

        var now = clock.GetUtcNow().UtcDateTime;
        var position = request.Position ?? 0;
        if (folder is null)
        {
            position = request.Position ?? (await db.MaterialFolders.Where(f => f.RegionId == regionId).MaxAsync(f => (int?)f.Position, cancellationToken) ?? 0) + 1;
            folder = new MaterialFolder(Guid.CreateVersion7(), regionId, request.Name!.ToText(), position, now);
            db.MaterialFolders.Add(folder);
        }
        else folder.Change(request.Name!.ToText(), position, now);
        audit.Record(actor, AuditEvent.MaterialFolderChanged, nameof(MaterialFolder), folder.Id,
            $"{(folderId is null ? "added" : "changed")} at {folder.Position}", folder.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return folder.Id;
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Materials;

/// <summary>Adds a new version of a file material; the earlier versions stay as they were and each still downloads.</summary>
public sealed class AddMaterialVersion(PerheverkkoDb db, AccessControl access, AuditLog audit, MaterialAccess materials, MaterialCommit commit, TimeProvider clock)
{
    /// <returns>The new version's number.</returns>
    public async Task<int> HandleAsync(Actor? actor, Guid id, MaterialUpload? file, string? note, CancellationToken cancellationToken)
    {
        var material = await materials.VisibleAsync(actor, id, cancellationToken, tracked: true);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageMaterials, MaterialAccess.Of(material), cancellationToken);
        RuleCheck.That(material.Kind == MaterialKind.File, MaterialsRules.NotAFile);
        new InputCheck().Optional("note", note, MaterialVersion.NoteMaxLength).ThrowIfInvalid();
        var upload = await MaterialCommit.ReadAsync(file, cancellationToken);
        var version = material.AddVersion(upload, allowed.Name, note.TrimmedOrNull(), clock.GetUtcNow().UtcDateTime);
        db.MaterialVersions.Add(version);
        audit.Record(allowed, AuditEvent.MaterialSaved, nameof(Material), material.Id,
            $"version {version.Number}, {version.Size} bytes, sha256 {version.Sha256}", material.RegionId);
        await commit.SaveAsync(material, removed: false, cancellationToken);
        return version.Number;
    }
}

using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Materials;

/// <summary>Changes a material's details, its visibility or its folder (a link's address too); its owner's staff or the coordinator.</summary>
public sealed class ChangeMaterial(AccessControl access, AuditLog audit, MaterialAccess materials, MaterialCommit commit, TimeProvider clock)
{
    public sealed record Request(Guid? FolderId, string? Title, string? Description, string? Tags, MaterialVisibility? Visibility, Guid? GroupId,
        string? Url, int Version);

    public async Task HandleAsync(Actor? actor, Guid id, Request request, CancellationToken cancellationToken)
    {
        var material = await materials.VisibleAsync(actor, id, cancellationToken, tracked: true);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageMaterials, MaterialAccess.Of(material), cancellationToken);
        var details = new MaterialDetailsInput(request.FolderId, request.Title, request.Description, request.Tags, request.Visibility, request.GroupId);
        var check = new InputCheck();
        details.Check(check);
        if (material.Kind == MaterialKind.Link) check.Required("url", request.Url, Material.UrlMaxLength);
        check.ThrowIfInvalid();
        await commit.CheckPlacesAsync(material.RegionId, request.FolderId!.Value, request.Visibility!.Value, request.GroupId, cancellationToken);

        var before = material.Visibility;
        material.Change(details.ToDetails(), request.Url, request.Version, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.MaterialSaved, nameof(Material), material.Id,
            before == material.Visibility ? "changed" : $"changed, {before} to {material.Visibility}", material.RegionId);
        await commit.SaveAsync(material, removed: false, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Materials;

/// <summary>
/// Adds a material to the bank: a file with its first version, or a link. The owner is the person's own organisation;
/// the coordinator (or admin) may name any organisation of the region.
/// </summary>
public sealed class AddMaterial(PerheverkkoDb db, AccessControl access, AuditLog audit, MaterialCommit commit, TimeProvider clock)
{
    public sealed record Request(Guid? FolderId, Guid? OrganisationId, string? Title, string? Description, string? Tags,
        MaterialVisibility? Visibility, Guid? GroupId, MaterialKind? Kind, string? Url);

    /// <returns>The material's id.</returns>
    public async Task<Guid> HandleAsync(Actor? actor, Request request, MaterialUpload? file, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId ?? actor?.OrganisationId;
        var regionId = organisationId is { } o
            ? await db.Organisations.Where(x => x.Id == o).Select(x => (Guid?)x.RegionId).SingleOrDefaultAsync(cancellationToken)
            : null;
        var allowed = await access.RequireAsync(actor, StaffAction.ManageMaterials,
            MaterialAccess.NewOf(regionId ?? actor?.RegionId ?? Guid.Empty, regionId is null ? null : organisationId), cancellationToken);

        var details = new MaterialDetailsInput(request.FolderId, request.Title, request.Description, request.Tags, request.Visibility, request.GroupId);
        var check = new InputCheck();
        details.Check(check);
        check.Defined("kind", request.Kind)
            .That(regionId is not null, "organisationId", "validation.unknown")
            .ThrowIfInvalid();
        if (request.Kind == MaterialKind.Link) new InputCheck().Required("url", request.Url, Material.UrlMaxLength).ThrowIfInvalid();
        await commit.CheckPlacesAsync(regionId!.Value, request.FolderId!.Value, request.Visibility!.Value, request.GroupId, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        Material material;
        if (request.Kind == MaterialKind.Link)
        {
            material = Material.Link(Guid.CreateVersion7(), regionId.Value, organisationId!.Value, details.ToDetails(), request.Url!, now);
            db.Materials.Add(material);
        }
        else
        {
            var upload = await MaterialCommit.ReadAsync(file, cancellationToken);
            (material, var first) = Material.File(Guid.CreateVersion7(), regionId.Value, organisationId!.Value, details.ToDetails(), upload, allowed.Name, now);
            db.Materials.Add(material);
            db.MaterialVersions.Add(first);
        }
        audit.Record(allowed, AuditEvent.MaterialSaved, nameof(Material), material.Id,
            $"added {material.Kind.ToString().ToLowerInvariant()}, {material.Visibility}", material.RegionId);
        await commit.SaveAsync(material, removed: false, cancellationToken);
        return material.Id;
    }
}

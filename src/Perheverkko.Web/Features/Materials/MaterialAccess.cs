using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Materials;

/// <summary>
/// Who reads which materials, as the access engine answers it. <see cref="MaterialVisibility.Public"/>: anyone;
/// <see cref="MaterialVisibility.PartiesStaff"/>: whoever may view the region's materials (<see cref="StaffAction.ViewMaterials"/>);
/// <see cref="MaterialVisibility.Group"/>: whoever may manage the material (<see cref="StaffAction.ManageMaterials"/> on it:
/// the admin, the coordinator and the owner organisation's staff) and the members of its group (<see cref="Relationship.GroupMember"/>,
/// answered by governance). A list is filtered in its query by a <see cref="MaterialReader"/>, one material by <see cref="Sees"/>.
/// </summary>
public sealed class MaterialAccess(PerheverkkoDb db, AccessControl access, IEnumerable<IRelationshipSource> sources)
{
    public static AccessObject Of(Material material) => new(nameof(Material), material.Id, material.RegionId, material.OrganisationId);

    /// <summary>A new material of an organisation: its staff (and the coordinator, the admin) may add it.</summary>
    public static AccessObject NewOf(Guid regionId, Guid? organisationId) => new(nameof(Material), null, regionId, organisationId ?? Guid.Empty);

    /// <summary>A folder carries no organisation, so only region-wide rules (the admin, the coordinator) admit anyone.</summary>
    public static AccessObject Of(MaterialFolder folder) => new(nameof(MaterialFolder), folder.Id, folder.RegionId);

    public static AccessObject FoldersOf(Guid regionId) => new(nameof(MaterialFolder), null, regionId);

    /// <summary>Whether the person keeps the region's folders (the bank's link to them).</summary>
    /// <remarks>A national administrator has no region of their own; the role rules admit them in every region.</remarks>
    public static bool MayManageFolders(Actor? actor) =>
        actor is not null && AccessControl.PermittedByRole(actor, FoldersOf(actor.RegionId ?? Guid.Empty), StaffAction.ManageMaterials).Count > 0;

    /// <summary>Whether the person may add materials at all: for their own organisation, or (the coordinator) for any.</summary>
    public static bool MayAdd(Actor? actor) =>
        actor is not null && (MayManageFolders(actor)
            || AccessControl.PermittedByRole(actor, NewOf(actor.RegionId ?? Guid.Empty, actor.OrganisationId), StaffAction.ManageMaterials).Count > 0);

    /// <summary>How the person reads the region's materials; anonymous visitors and others read the public ones only.</summary>
    public async Task<MaterialReader> ReaderAsync(Actor? actor, CancellationToken cancellationToken)
    {
        if (actor is null) return MaterialReader.Public;
        if (actor.IsNational) return MaterialReader.Everything;
        if (actor.RegionId is not { } regionId
            || !await access.PermitsAsync(actor, StaffAction.ViewMaterials, new AccessObject(nameof(Material), null, regionId), cancellationToken))
            return MaterialReader.Public;
        if (MayManageFolders(actor)) return MaterialReader.Everything;
        var ownOrganisation = actor.OrganisationId is { } o
            && AccessControl.PermittedByRole(actor, NewOf(regionId, o), StaffAction.ManageMaterials).Count > 0 ? o : (Guid?)null;
        var groupIds = await db.Materials.AsNoTracking()
            .Where(m => m.Visibility == MaterialVisibility.Group && m.GroupId != null)
            .Select(m => m.GroupId!.Value).Distinct().ToListAsync(cancellationToken);
        var groups = await MemberOfAsync(actor, regionId, groupIds, cancellationToken);
        return new MaterialReader(true, false, ownOrganisation, groups.ToList());
    }

    /// <summary>Whether the person may see this material; one they may not reads as not found.</summary>
    public async Task<bool> SeesAsync(Actor? actor, Material material, CancellationToken cancellationToken)
    {
        if (material.Visibility == MaterialVisibility.Public) return true;
        if (actor is null) return false;
        var on = Of(material);
        if (!await access.PermitsAsync(actor, StaffAction.ViewMaterials, on, cancellationToken)) return false;
        if (material.Visibility == MaterialVisibility.PartiesStaff) return true;
        return await access.PermitsAsync(actor, StaffAction.ManageMaterials, on, cancellationToken)
            || (material.GroupId is { } group && (await MemberOfAsync(actor, material.RegionId, [group], cancellationToken)).Contains(group));
    }

    /// <summary>The material, if it exists in the person's reach and they may see it; else not found.</summary>
    public async Task<Material> VisibleAsync(Actor? actor, Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Materials : db.Materials.AsNoTracking();
        var material = await query.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (material is null || !await SeesAsync(actor, material, cancellationToken)) throw new NotFoundException(MaterialsRules.NotFound);
        return material;
    }

    private async Task<IReadOnlySet<Guid>> MemberOfAsync(Actor actor, Guid regionId, IReadOnlyCollection<Guid> groupIds, CancellationToken cancellationToken)
    {
        if (groupIds.Count == 0) return new HashSet<Guid>();
        var source = sources.Single(s => s.Relationships.Contains(Relationship.GroupMember));
        return await source.HeldOnAsync(Relationship.GroupMember, actor,
            groupIds.Select(g => new AccessObject(GroupRelationships.ObjectType, g, regionId)).ToList(), cancellationToken);
    }
}

/// <summary>
/// How one person reads the materials within their reach (the region filter keeps other regions' away): every one,
/// or the public ones, the parties' staff's, their own organisation's and those of the groups they are members of.
/// </summary>
public sealed record MaterialReader(bool Staff, bool All, Guid? OwnOrganisation, IReadOnlyList<Guid> Groups)
{
    public static MaterialReader Public { get; } = new(false, false, null, []);
    public static MaterialReader Everything { get; } = new(true, true, null, []);

    /// <summary>The materials this reader sees, filtered in the query itself.</summary>
    public IQueryable<Material> Filter(IQueryable<Material> materials)
    {
        if (All) return materials;
        if (!Staff) return materials.Where(m => m.Visibility == MaterialVisibility.Public);
        var own = OwnOrganisation;
        var groups = Groups;
        return materials.Where(m => m.Visibility != MaterialVisibility.Group
            || (own != null && m.OrganisationId == own)
            || (m.GroupId != null && groups.Contains(m.GroupId.Value)));
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Search;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Materials;

/// <summary>One material in a list, as its reader may see it.</summary>
public sealed record MaterialRow(Guid Id, Guid FolderId, string Title, string? Description, IReadOnlyList<string> Tags, MaterialKind Kind, string? Url,
    MaterialVisibility Visibility, int LatestVersion, LocalizedText Organisation, DateTime UpdatedAt);

public sealed record MaterialFolderView(Guid Id, LocalizedText Name, int Position, IReadOnlyList<MaterialRow> Materials);

/// <summary>The bank as one person sees it: the folders with the materials they may see, or a search's hits best first.</summary>
public sealed record MaterialBankView(IReadOnlyList<MaterialFolderView> Folders, string? Query, IReadOnlyList<MaterialRow>? Hits, bool MayAdd, bool MayManageFolders);

public sealed record MaterialVersionView(int Number, string FileName, string MediaType, long Size, string Sha256, DateTime AddedAt, string AddedBy, string? Note);

/// <summary>One material opened: its details, versions newest first, and what the reader may do.</summary>
public sealed record MaterialView(Guid Id, Guid FolderId, LocalizedText Folder, Guid OrganisationId, LocalizedText Organisation, string Title,
    string? Description, string Tags, MaterialKind Kind, string? Url, MaterialVisibility Visibility, Guid? GroupId, LocalizedText? Group,
    int LatestVersion, IReadOnlyList<MaterialVersionView> Versions, DateTime CreatedAt, DateTime UpdatedAt, int Version, bool MayEdit);

public sealed record MaterialChoice(Guid Id, LocalizedText Name);

/// <summary>What a material's form offers: the folders, the groups, and the organisations the person may add for (their own, or any for the coordinator).</summary>
public sealed record MaterialFormChoices(IReadOnlyList<MaterialChoice> Folders, IReadOnlyList<MaterialChoice> Groups, IReadOnlyList<MaterialChoice> Organisations);

/// <summary>The folders to keep, with how many materials each holds (a folder with any cannot be removed).</summary>
public sealed record MaterialFolderRow(Guid Id, LocalizedText Name, int Position, int Materials);

public sealed record MaterialFileView(string FileName, string MediaType, byte[] Content);

/// <summary>A public material: never who keeps it internally beyond the owner's name, never a group.</summary>
public sealed record PublicMaterialRow(Guid Id, string Title, string? Description, MaterialKind Kind, string? Url, string? FileName, long? Size,
    LocalizedText Organisation);

public sealed record PublicMaterialFolder(Guid Id, LocalizedText Name, IReadOnlyList<PublicMaterialRow> Materials);

/// <summary>
/// The reads of the material bank (issue #18 item 3). Every list is filtered in its query by what the reader may see
/// (<see cref="MaterialReader"/>); one material the reader may not see is not found, as is one of another region.
/// </summary>
public sealed class MaterialsQueries(PerheverkkoDb db, AccessControl access, MaterialAccess materials, SearchIndex index)
{
    public const int MostHits = 200;

    /// <summary>The bank: folders with the materials the person may see; with a query, the matching ones best first.</summary>
    public async Task<MaterialBankView> BankAsync(Actor? actor, string? query, CancellationToken cancellationToken)
    {
        var reader = await materials.ReaderAsync(actor, cancellationToken);
        var visible = reader.Filter(db.Materials.AsNoTracking());
        var folders = await db.MaterialFolders.AsNoTracking().OrderBy(f => f.Position).ThenBy(f => f.Name.Fi).ToListAsync(cancellationToken);
        IReadOnlyList<MaterialRow>? hits = null;
        List<MaterialRow> rows;
        if (!string.IsNullOrWhiteSpace(query))
        {
            var within = await visible.Select(m => m.Id).ToListAsync(cancellationToken);
            var found = within.Count == 0 ? [] : await index.FindAsync(query, [MaterialSearch.MaterialKind], MostHits, cancellationToken, within);
            var ids = found.Select(h => h.ItemId).ToList();
            rows = await RowsAsync(visible.Where(m => ids.Contains(m.Id)), cancellationToken);
            var rank = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            hits = rows.OrderBy(r => rank[r.Id]).ToList();
            rows = [];
        }
        else rows = await RowsAsync(visible, cancellationToken);
        var byFolder = rows.ToLookup(r => r.FolderId);
        return new MaterialBankView(
            folders.Select(f => new MaterialFolderView(f.Id, f.Name, f.Position, byFolder[f.Id].OrderBy(r => r.Title, StringComparer.CurrentCulture).ToList())).ToList(),
            query?.Trim(), hits, MaterialAccess.MayAdd(actor), MaterialAccess.MayManageFolders(actor));
    }

    private async Task<List<MaterialRow>> RowsAsync(IQueryable<Material> query, CancellationToken cancellationToken)
    {
        var found = await (from m in query
                           join o in db.Organisations on m.OrganisationId equals o.Id
                           select new { m, o.Name }).ToListAsync(cancellationToken);
        return found.Select(x => new MaterialRow(x.m.Id, x.m.FolderId, x.m.Title, x.m.Description, x.m.TagList, x.m.Kind, x.m.Url, x.m.Visibility,
            x.m.LatestVersion, x.Name, x.m.UpdatedAt)).ToList();
    }

    /// <summary>One material with its versions; not found unless the person may see it.</summary>
    public async Task<MaterialView> MaterialAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var m = await materials.VisibleAsync(actor, id, cancellationToken);
        var folder = await db.MaterialFolders.AsNoTracking().Where(f => f.Id == m.FolderId).Select(f => f.Name).SingleAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == m.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var group = m.GroupId is { } g ? await db.Groups.AsNoTracking().Where(x => x.Id == g).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var versions = await db.MaterialVersions.AsNoTracking().Where(v => v.MaterialId == m.Id).OrderByDescending(v => v.Number)
            .Select(v => new MaterialVersionView(v.Number, v.FileName, v.MediaType, v.Size, v.Sha256, v.AddedAt, v.AddedBy, v.Note))
            .ToListAsync(cancellationToken);
        var mayEdit = await access.PermitsAsync(actor, StaffAction.ManageMaterials, MaterialAccess.Of(m), cancellationToken);
        return new MaterialView(m.Id, m.FolderId, folder, m.OrganisationId, organisation, m.Title, m.Description, m.Tags, m.Kind, m.Url, m.Visibility,
            m.GroupId, group, m.LatestVersion, versions, m.CreatedAt, m.UpdatedAt, m.Version, mayEdit);
    }

    /// <summary>One version's file; not found unless the person may see the material.</summary>
    public async Task<MaterialFileView> VersionFileAsync(Actor? actor, Guid id, int number, CancellationToken cancellationToken)
    {
        var material = await materials.VisibleAsync(actor, id, cancellationToken);
        return await db.MaterialVersions.AsNoTracking().Where(v => v.MaterialId == material.Id && v.Number == number)
                   .Select(v => new MaterialFileView(v.FileName, v.MediaType, v.Content)).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(MaterialsRules.VersionNotFound);
    }

    /// <summary>What the material form offers the person.</summary>
    public async Task<MaterialFormChoices> ChoicesAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var folders = await db.MaterialFolders.AsNoTracking().OrderBy(f => f.Position).ThenBy(f => f.Name.Fi)
            .Select(f => new MaterialChoice(f.Id, f.Name)).ToListAsync(cancellationToken);
        var groups = await db.Groups.AsNoTracking().OrderBy(g => g.Name.Fi).Select(g => new MaterialChoice(g.Id, g.Name)).ToListAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking();
        if (!MaterialAccess.MayManageFolders(actor))
        {
            var own = actor?.OrganisationId ?? Guid.Empty;
            organisations = organisations.Where(o => o.Id == own);
        }
        return new MaterialFormChoices(folders, groups,
            await organisations.OrderBy(o => o.Name.Fi).Select(o => new MaterialChoice(o.Id, o.Name)).ToListAsync(cancellationToken));
    }

    /// <summary>The region's folders with their sizes, for the coordinator who keeps them.</summary>
    public async Task<IReadOnlyList<MaterialFolderRow>> FoldersAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewMaterials, new AccessObject(nameof(MaterialFolder), null, actor?.RegionId ?? Guid.Empty), cancellationToken);
        return await db.MaterialFolders.AsNoTracking().OrderBy(f => f.Position).ThenBy(f => f.Name.Fi)
            .Select(f => new MaterialFolderRow(f.Id, f.Name, f.Position, db.Materials.Count(m => m.FolderId == f.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A region's public materials by folder, for anyone (read across regions: a signed-in person of another region sees them too).</summary>
    public async Task<IReadOnlyList<PublicMaterialFolder>> PublicAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var folders = await db.MaterialFolders.AcrossRegions().AsNoTracking().Where(f => f.RegionId == regionId)
            .OrderBy(f => f.Position).ThenBy(f => f.Name.Fi).ToListAsync(cancellationToken);
        var rows = await (from m in db.Materials.AcrossRegions().AsNoTracking()
                          where m.RegionId == regionId && m.Visibility == MaterialVisibility.Public
                          join o in db.Organisations.AcrossRegions() on m.OrganisationId equals o.Id
                          let latest = db.MaterialVersions.AcrossRegions().Where(v => v.MaterialId == m.Id && v.Number == m.LatestVersion)
                              .Select(v => new { v.FileName, v.Size }).FirstOrDefault()
                          orderby m.Title
                          select new { m.Id, m.FolderId, m.Title, m.Description, m.Kind, m.Url, FileName = latest == null ? null : latest.FileName,
                              Size = latest == null ? (long?)null : latest.Size, o.Name }).ToListAsync(cancellationToken);
        var byFolder = rows.ToLookup(r => r.FolderId);
        return folders.Where(f => byFolder[f.Id].Any())
            .Select(f => new PublicMaterialFolder(f.Id, f.Name, byFolder[f.Id]
                .Select(r => new PublicMaterialRow(r.Id, r.Title, r.Description, r.Kind, r.Url, r.FileName, r.Size, r.Name)).ToList()))
            .ToList();
    }

    /// <summary>The latest version of a public material's file; any other material is not found.</summary>
    public async Task<MaterialFileView> PublicFileAsync(Guid id, CancellationToken cancellationToken) =>
        await (from m in db.Materials.AcrossRegions()
               where m.Id == id && m.Visibility == MaterialVisibility.Public && m.Kind == MaterialKind.File
               join v in db.MaterialVersions.AcrossRegions() on new { MaterialId = m.Id, Number = m.LatestVersion } equals new { v.MaterialId, v.Number }
               select new MaterialFileView(v.FileName, v.MediaType, v.Content)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(MaterialsRules.NotFound);
}

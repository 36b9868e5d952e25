using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Search;

namespace Perheverkko.Web.Features.Materials;

/// <summary>An uploaded file before it is checked: its name as sent, its body, and the type the API caller declared (null from a form).</summary>
public sealed record MaterialUpload(string? FileName, Stream Content, string? DeclaredType);

/// <summary>
/// What the material use cases share: a file is checked as agenda documents are (<see cref="AttachmentFiles"/>), and a
/// change is saved with its search-index row in one transaction, so search never finds a material that was not saved.
/// </summary>
public sealed class MaterialCommit(PerheverkkoDb db, SearchIndex index)
{
    /// <param name="upload">
    /// The API's declared type must be one of the allowed types: a cross-site form can send none of them without a CORS
    /// preflight (as agenda documents). A form's upload carries an antiforgery token instead.
    /// </param>
    public static async Task<MaterialFile> ReadAsync(MaterialUpload? upload, CancellationToken cancellationToken)
    {
        if (upload is null) throw new DomainRuleViolation(MaterialsRules.FileRequired);
        RuleCheck.That(upload.DeclaredType is null || AttachmentFiles.Allowed.Any(t => upload.DeclaredType.StartsWith(t.MediaType, StringComparison.OrdinalIgnoreCase)),
            MaterialsRules.FileTypeNotAllowed);
        var bytes = await UploadedFile.ReadAtMostAsync(upload.Content, AttachmentFiles.MaxBytes, MaterialsRules.FileTooLarge, cancellationToken);
        RuleCheck.That(bytes.Length > 0, MaterialsRules.FileEmpty);
        var name = AttachmentFiles.SafeName(upload.FileName);
        var type = AttachmentFiles.Recognise(name, bytes) ?? throw new DomainRuleViolation(MaterialsRules.FileTypeNotAllowed);
        return new MaterialFile(name, type, bytes);
    }

    /// <summary>Saves the change; the material's index row follows it (removed with it when <paramref name="removed"/>).</summary>
    public async Task SaveAsync(Material material, bool removed, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleViolation(MaterialsRules.Stale);
        }
        if (removed) await index.RemoveAsync(MaterialSearch.MaterialKind, material.Id, cancellationToken);
        else await index.UpsertAsync(MaterialSearch.DocumentOf(material), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The folder and group a material is filed under must be the material's region's.</summary>
    public async Task CheckPlacesAsync(Guid regionId, Guid folderId, MaterialVisibility visibility, Guid? groupId, CancellationToken cancellationToken)
    {
        RuleCheck.That(await db.MaterialFolders.AnyAsync(f => f.Id == folderId && f.RegionId == regionId, cancellationToken), MaterialsRules.FolderUnknown);
        if (visibility == MaterialVisibility.Group && groupId is { } group)
            RuleCheck.That(await db.Groups.AnyAsync(g => g.Id == group && g.RegionId == regionId, cancellationToken), MaterialsRules.GroupUnknown);
    }
}

/// <summary>The details of a material as a form or API client sends them.</summary>
public sealed record MaterialDetailsInput(Guid? FolderId, string? Title, string? Description, string? Tags, MaterialVisibility? Visibility, Guid? GroupId)
{
    public void Check(InputCheck check) => check
        .That(FolderId is not null, "folderId", "validation.required")
        .Required("title", Title, Material.TitleMaxLength)
        .Optional("description", Description, Material.DescriptionMaxLength)
        .Optional("tags", Tags, Material.TagsMaxLength)
        .Defined("visibility", Visibility);

    public MaterialDetails ToDetails() =>
        new(FolderId!.Value, Title!.Trim(), Description.TrimmedOrNull(), Tags, Visibility!.Value, GroupId);
}

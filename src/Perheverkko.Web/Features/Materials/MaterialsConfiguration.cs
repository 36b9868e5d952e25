using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.Materials;

public sealed class MaterialFolderConfiguration : IEntityTypeConfiguration<MaterialFolder>
{
    public void Configure(EntityTypeBuilder<MaterialFolder> builder)
    {
        builder.HasKey(f => f.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(f => f.Name, "Name", MaterialFolder.NameMaxLength);
        builder.HasIndex(f => new { f.RegionId, f.Position });
    }
}

public sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        // A folder with materials cannot be removed (material.folder_not_empty); the database says the same.
        builder.HasOne<MaterialFolder>().WithMany().HasForeignKey(m => m.FolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Title).HasMaxLength(Material.TitleMaxLength);
        builder.Property(m => m.Description).HasMaxLength(Material.DescriptionMaxLength);
        builder.Property(m => m.Tags).HasMaxLength(Material.TagsMaxLength);
        builder.Property(m => m.Url).HasMaxLength(Material.UrlMaxLength);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.TagList);
        // A folder's materials by title; a region's public ones for the public page.
        builder.HasIndex(m => new { m.FolderId, m.Title });
        builder.HasIndex(m => new { m.RegionId, m.Visibility });
    }
}

public sealed class MaterialVersionConfiguration : IEntityTypeConfiguration<MaterialVersion>
{
    public void Configure(EntityTypeBuilder<MaterialVersion> builder)
    {
        builder.HasKey(v => v.Id);
        // Removing a material deletes its versions.
        builder.HasOne<Material>().WithMany().HasForeignKey(v => v.MaterialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.MaterialId, v.Number }).IsUnique();
        builder.Property(v => v.FileName).HasMaxLength(AttachmentFiles.MaxNameLength);
        builder.Property(v => v.MediaType).HasMaxLength(100);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.AddedBy).HasMaxLength(200);
        builder.Property(v => v.Note).HasMaxLength(MaterialVersion.NoteMaxLength);
    }
}

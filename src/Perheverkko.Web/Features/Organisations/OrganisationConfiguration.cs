using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Organisations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasSlugWithinRegion(o => o.Slug);
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(o => o.Name, "Name");
        builder.Property(o => o.BusinessId).HasMaxLength(9);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.ContactPersons).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.HasIndex(c => new { c.OrganisationId, c.Email, c.Role }).IsUnique();
    }
}

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasSlug(m => m.Slug);
        builder.Property(m => m.Code).HasMaxLength(3);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasLocalizedText(m => m.Name, "Name");
        builder.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FamilyCentreConfiguration : IEntityTypeConfiguration<FamilyCentre>
{
    public void Configure(EntityTypeBuilder<FamilyCentre> builder)
    {
        builder.HasKey(f => f.Id);
        builder.HasSlug(f => f.Slug);
        builder.HasLocalizedText(f => f.Name, "Name");
        builder.Property(f => f.StreetAddress).HasMaxLength(200);
        builder.Property(f => f.PostalCode).HasMaxLength(5);
        builder.Property(f => f.PostOffice).HasMaxLength(100);
        builder.Property(f => f.Phone).HasMaxLength(40);
        builder.Property(f => f.Email).HasMaxLength(254);
        builder.Property(f => f.WebUrl).HasMaxLength(500);
        builder.Property(f => f.BookingUrl).HasMaxLength(500);
        builder.HasLocalizedText(f => f.OpeningHours, "OpeningHours", 500);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(f => f.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

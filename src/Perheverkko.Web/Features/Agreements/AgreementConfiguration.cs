using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;

namespace Perheverkko.Web.Features.Agreements;

public sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.HasIndex(v => new { v.RegionId, v.StartYear, v.EndYear }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(v => v.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.Period);
        builder.Property(v => v.Status).HasMaxLength(40);
        builder.Property(v => v.TextHash).HasMaxLength(64);
        builder.HasMany(v => v.Parties).WithOne().HasForeignKey(p => p.AgreementVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ListedName).HasMaxLength(300);
        builder.HasIndex(p => new { p.AgreementVersionId, p.OrganisationId }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

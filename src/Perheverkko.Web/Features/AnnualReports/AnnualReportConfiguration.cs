using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.AnnualReports;

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(r => r.Narrative, "Narrative", AnnualReport.NarrativeMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.State);
        builder.HasIndex(r => new { r.RegionId, r.Year }).IsUnique();
    }
}

public sealed class AnnualReportSettingsConfiguration : IEntityTypeConfiguration<AnnualReportSettings>
{
    public void Configure(EntityTypeBuilder<AnnualReportSettings> builder)
    {
        builder.HasKey(s => s.RegionId);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Retention).HasConversion<string>().HasMaxLength(20);
    }
}

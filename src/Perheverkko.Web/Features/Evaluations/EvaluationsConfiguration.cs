using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;

namespace Perheverkko.Web.Features.Evaluations;

public sealed class MunicipalEvaluationConfiguration : IEntityTypeConfiguration<MunicipalEvaluation>
{
    public void Configure(EntityTypeBuilder<MunicipalEvaluation> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasMany(e => e.Rows).WithOne().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Rows).AutoInclude(false);
        // One evaluation per municipality and year.
        builder.HasIndex(e => new { e.RegionId, e.Year, e.MunicipalityId }).IsUnique();
    }
}

public sealed class EvaluationRowConfiguration : IEntityTypeConfiguration<EvaluationRow>
{
    public void Configure(EntityTypeBuilder<EvaluationRow> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Title).HasMaxLength(MunicipalEvaluation.TitleMaxLength);
        builder.Property(r => r.Narrative).HasMaxLength(MunicipalEvaluation.NarrativeMaxLength);
        builder.HasIndex(r => new { r.EvaluationId, r.Order });
    }
}

public sealed class EvaluationSettingsConfiguration : IEntityTypeConfiguration<EvaluationSettings>
{
    public void Configure(EntityTypeBuilder<EvaluationSettings> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.RegionId, s.Year }).IsUnique();
    }
}

public sealed class EvaluationReminderConfiguration : IEntityTypeConfiguration<EvaluationReminder>
{
    public void Configure(EntityTypeBuilder<EvaluationReminder> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Step).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.RegionId, r.Year, r.MunicipalityId, r.Step }).IsUnique();
    }
}

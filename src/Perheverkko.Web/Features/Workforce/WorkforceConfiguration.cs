using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;

namespace Perheverkko.Web.Features.Workforce;

public sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.HasKey(w => w.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(w => w.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(w => w.SupportPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<InsurancePolicy>().WithMany().HasForeignKey(w => w.InsurancePolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(w => w.Name).HasMaxLength(Worker.NameMaxLength);
        builder.Property(w => w.WorkEmail).HasMaxLength(254);
        builder.Property(w => w.BriefedBy).HasMaxLength(Worker.NameMaxLength);
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Version).IsConcurrencyToken();
        // An organisation's people by name; the retention job's leavers by day.
        builder.HasIndex(w => new { w.OrganisationId, w.Name });
        builder.HasIndex(w => w.LeftOn);
        builder.Ignore(w => w.HasCheck);
    }
}

public sealed class InsurancePolicyConfiguration : IEntityTypeConfiguration<InsurancePolicy>
{
    public void Configure(EntityTypeBuilder<InsurancePolicy> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Insurer).HasMaxLength(InsurancePolicy.InsurerMaxLength);
        builder.Property(p => p.PolicyNumber).HasMaxLength(InsurancePolicy.NumberMaxLength);
        builder.HasIndex(p => new { p.OrganisationId, p.PolicyNumber }).IsUnique();
    }
}

public sealed class WorkforceSettingsConfiguration : IEntityTypeConfiguration<WorkforceSettings>
{
    public void Configure(EntityTypeBuilder<WorkforceSettings> builder)
    {
        builder.HasKey(s => s.OrganisationId);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<WorkforceSettings>(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

public sealed class ActivityTaskConfiguration : IEntityTypeConfiguration<ActivityTask>
{
    public void Configure(EntityTypeBuilder<ActivityTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Activity>().WithMany().HasForeignKey(t => t.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(t => t.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.ActivityId, t.WorkerId }).IsUnique();
        builder.HasIndex(t => t.WorkerId);
    }
}

public sealed class LapseNoticeConfiguration : IEntityTypeConfiguration<LapseNotice>
{
    public void Configure(EntityTypeBuilder<LapseNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(n => n.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Worker>().WithMany().HasForeignKey(n => n.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Requirement).HasConversion<string>().HasMaxLength(30);
        // Each lapse is told once, whichever instance's job sees it first.
        builder.HasIndex(n => new { n.WorkerId, n.Requirement, n.LapsesOn }).IsUnique();
    }
}

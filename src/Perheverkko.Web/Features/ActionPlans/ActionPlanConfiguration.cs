using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.ActionPlans;

public sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        // One plan per region and year.
        builder.HasIndex(p => new { p.RegionId, p.Year }).IsUnique();
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DecisionLabel).HasMaxLength(40);
        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ActionPlanGoalConfiguration : IEntityTypeConfiguration<ActionPlanGoal>
{
    public void Configure(EntityTypeBuilder<ActionPlanGoal> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Area).HasConversion<string>().HasMaxLength(30);
        builder.HasLocalizedText(g => g.Title, "Title", ActionPlanGoal.TitleMaxLength);
        builder.HasLocalizedText(g => g.Description, "Description", ActionPlanGoal.DescriptionMaxLength);
        builder.Property(g => g.Measures).HasMaxLength(ActionPlanGoal.MeasuresMaxLength);
        builder.Property(g => g.Indicator).HasMaxLength(ActionPlanGoal.IndicatorMaxLength);
        builder.HasMany(g => g.Resources).WithOne().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.SourceGoalId);
    }
}

public sealed class ActionPlanResourceConfiguration : IEntityTypeConfiguration<ActionPlanResource>
{
    public void Configure(EntityTypeBuilder<ActionPlanResource> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Description).HasMaxLength(ActionPlanResource.DescriptionMaxLength);
    }
}

public sealed class ActionPlanCommentConfiguration : IEntityTypeConfiguration<ActionPlanComment>
{
    public void Configure(EntityTypeBuilder<ActionPlanComment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(ActionPlanComment.TextMaxLength);
        builder.HasIndex(c => c.PlanId);
    }
}

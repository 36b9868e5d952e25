using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.YearClock;

public sealed class YearClockTaskConfiguration : IEntityTypeConfiguration<YearClockTask>
{
    public void Configure(EntityTypeBuilder<YearClockTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(t => t.Title, "Title", YearClockTask.TitleMaxLength);
        builder.HasIndex(t => t.RegionId);
    }
}

public sealed class YearClockReminderConfiguration : IEntityTypeConfiguration<YearClockReminder>
{
    public void Configure(EntityTypeBuilder<YearClockReminder> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<YearClockTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        // Once per task and year, even when two instances run the job at once.
        builder.HasIndex(r => new { r.TaskId, r.Year }).IsUnique();
    }
}

public sealed class YearClockFeedConfiguration : IEntityTypeConfiguration<YearClockFeed>
{
    public void Configure(EntityTypeBuilder<YearClockFeed> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.StaffUserId);
    }
}

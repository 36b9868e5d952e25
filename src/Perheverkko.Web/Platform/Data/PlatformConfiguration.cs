using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Notifications;

namespace Perheverkko.Web.Platform.Data;

public sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.ObjectType).HasMaxLength(60);
        builder.Property(a => a.ObjectId).HasMaxLength(100);
        builder.Property(a => a.Detail).HasMaxLength(500);
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.ObjectType, a.ObjectId });
        builder.HasIndex(a => a.ActorId);
        builder.HasIndex(a => new { a.RegionId, a.OccurredAt });
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        builder.Ignore(m => m.State);
        builder.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        builder.HasIndex(m => new { m.RegionId, m.CreatedAt });
    }
}

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(100);
        builder.Property(j => j.LockedBy).HasMaxLength(100);
        builder.Property(j => j.LastError).HasMaxLength(1000);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Bulletins;

public sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> builder)
    {
        builder.HasKey(b => b.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(b => b.Subject, "Subject", Bulletin.SubjectMaxLength);
        builder.HasLocalizedText(b => b.Body, "Body", Bulletin.BodyMaxLength);
        builder.Property(b => b.AudienceList).HasMaxLength(2000);
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Audiences);
        // The region's list, newest first.
        builder.HasIndex(b => new { b.RegionId, b.CreatedAt });
    }
}

public sealed class BulletinDeliveryConfiguration : IEntityTypeConfiguration<BulletinDelivery>
{
    public void Configure(EntityTypeBuilder<BulletinDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasOne<Bulletin>().WithMany().HasForeignKey(d => d.BulletinId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Email).HasMaxLength(254);
        builder.Property(d => d.Language).HasMaxLength(2);
        // Nobody gets the same bulletin twice, even when two instances send at once (a cleared address is null, and nulls do not collide).
        builder.HasIndex(d => new { d.BulletinId, d.Email }).IsUnique();
        builder.HasIndex(d => d.OutboxMessageId);
    }
}

public sealed class BulletinOptOutConfiguration : IEntityTypeConfiguration<BulletinOptOut>
{
    public void Configure(EntityTypeBuilder<BulletinOptOut> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.HasIndex(o => new { o.RegionId, o.Email }).IsUnique();
    }
}

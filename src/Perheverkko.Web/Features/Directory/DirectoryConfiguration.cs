using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory;

public sealed class MeetingPlaceConfiguration : IEntityTypeConfiguration<MeetingPlace>
{
    public void Configure(EntityTypeBuilder<MeetingPlace> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasSlugWithinRegion(m => m.Slug);
        DirectoryMapping.Entry(builder);
        builder.Property(m => m.StreetAddress).HasMaxLength(200);
        builder.Property(m => m.PostalCode).HasMaxLength(5);
        builder.Property(m => m.PostOffice).HasMaxLength(100);
        builder.HasLocalizedText(m => m.Accessibility, "Accessibility", 1000);
        builder.Property(m => m.OpeningHours).AsJson();
        builder.Property(m => m.OpeningExceptions).AsJson();
        builder.Property(m => m.Offers).HasMaxLength(200);
        builder.Property(m => m.Phone).HasMaxLength(40);
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.WebUrl).HasMaxLength(500);
        builder.Property(m => m.BookingUrl).HasMaxLength(500);
        DirectoryMapping.PtvSynced(builder);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FamilyCentre>().WithMany().HasForeignKey(m => m.FamilyCentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.State, m.MunicipalityId });
    }
}

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.HasKey(s => s.Id);
        DirectoryMapping.Entry(builder);
        DirectoryMapping.Tags(builder, s => s.Audiences, s => s.Topics, s => s.Languages);
        builder.Property(s => s.MeetingPlaceIds).AsJson();
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.WebUrl).HasMaxLength(500);
        builder.Property(s => s.EServiceUrl).HasMaxLength(500);
        builder.Property(s => s.BookingUrl).HasMaxLength(500);
        builder.Property(s => s.FeeNote).HasMaxLength(200);
        DirectoryMapping.PtvSynced(builder);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.State, s.MunicipalityId });
    }
}

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.HasKey(a => a.Id);
        DirectoryMapping.Entry(builder);
        DirectoryMapping.Tags(builder, a => a.Audiences, a => a.Topics, a => a.Languages);
        builder.Property(a => a.RoomNote).HasMaxLength(200);
        builder.Property(a => a.CoOrganiserIds).AsJson();
        builder.Property(a => a.Schedule).AsJson();
        builder.Property(a => a.RegistrationUrl).HasMaxLength(500);
        builder.Property(a => a.RegistrationContact).HasMaxLength(200);
        builder.Property(a => a.FeeNote).HasMaxLength(200);
        builder.Property(a => a.Leaders).HasMaxLength(500);
        builder.Property(a => a.Insurance).HasMaxLength(500);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MeetingPlace>().WithMany().HasForeignKey(a => a.MeetingPlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.State, a.MunicipalityId, a.FirstDate });
    }
}

internal static class DirectoryMapping
{
    public static void Entry<T>(EntityTypeBuilder<T> builder) where T : DirectoryEntry
    {
        builder.HasLocalizedText(e => e.Name, "Name");
        builder.HasLocalizedText(e => e.Description, "Description", DirectoryEntry.DescriptionMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RegionId, e.State });
    }

    /// <summary>Where the entry is kept, and its PTV id: one entry per PTV id within a region (an import finds it again by it).</summary>
    public static void PtvSynced<T>(EntityTypeBuilder<T> builder) where T : PtvSyncedEntry
    {
        builder.Property(e => e.PtvId).HasMaxLength(64);
        builder.HasIndex(e => new { e.RegionId, e.PtvId }).IsUnique();
    }

    public static void Tags<T>(EntityTypeBuilder<T> builder, params Expression<Func<T, string>>[] properties) where T : class
    {
        foreach (var property in properties) builder.Property(property).HasMaxLength(300);
    }

    /// <summary>A structured value kept as JSON text in one column: the same on SQLite and PostgreSQL, compared by content.</summary>
    public static PropertyBuilder<TValue> AsJson<TValue>(this PropertyBuilder<TValue> property) where TValue : class
    {
        property.HasConversion(v => DirectoryJson.Write(v), json => DirectoryJson.Read<TValue>(json),
            new ValueComparer<TValue>((a, b) => DirectoryJson.Write(a) == DirectoryJson.Write(b),
                v => DirectoryJson.Write(v).GetHashCode(StringComparison.Ordinal), v => DirectoryJson.Read<TValue>(DirectoryJson.Write(v))));
        property.IsRequired();
        return property;
    }
}

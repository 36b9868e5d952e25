using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Platform.Data;

public static class ModelBuilderExtensions
{
    /// <summary>A short name used in addresses (<c>/organisations/mikkeli</c>): at most 80 characters, unique.</summary>
    public static EntityTypeBuilder<T> HasSlug<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string>> slug) where T : class
    {
        builder.Property(slug).HasMaxLength(80);
        builder.HasIndex(Expression.Lambda<Func<T, object?>>(Expression.Convert(slug.Body, typeof(object)), slug.Parameters)).IsUnique();
        return builder;
    }

    /// <summary>
    /// A short name used in addresses under its region (<c>/r/etela-savo/organisations/mikkeli</c>): at most 80
    /// characters, unique within the region, and the region's index for every confined query.
    /// </summary>
    public static EntityTypeBuilder<T> HasSlugWithinRegion<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string>> slug) where T : class, IRegionOwned
    {
        builder.Property(slug).HasMaxLength(80);
        builder.HasIndex(nameof(IRegionOwned.RegionId), ((MemberExpression)slug.Body).Member.Name).IsUnique();
        return builder;
    }

    /// <summary>Maps a <see cref="LocalizedText"/> to three columns: NameFi (required), NameSv, NameEn.</summary>
    public static EntityTypeBuilder<T> HasLocalizedText<T>(this EntityTypeBuilder<T> builder,
        Expression<Func<T, LocalizedText?>> property, string prefix, int maxLength = LocalizedText.MaxLength) where T : class
    {
        builder.ComplexProperty(property, text =>
        {
            text.Property(t => t.Fi).HasColumnName(prefix + "Fi").HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.Sv).HasColumnName(prefix + "Sv").HasMaxLength(maxLength);
            text.Property(t => t.En).HasColumnName(prefix + "En").HasMaxLength(maxLength);
        });
        return builder;
    }
}

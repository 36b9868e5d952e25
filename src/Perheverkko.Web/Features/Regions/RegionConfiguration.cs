using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Regions;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasSlug(r => r.Slug);
        builder.HasLocalizedText(r => r.Name, "Name");
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.ComplexProperty(r => r.Terms, terms =>
        {
            terms.Property(t => t.Languages).HasColumnName("Languages").HasMaxLength(20);
            terms.Property(t => t.NoticeDeadlineMonth).HasColumnName("NoticeDeadlineMonth");
            terms.Property(t => t.NoticeDeadlineDay).HasColumnName("NoticeDeadlineDay");
            terms.Property(t => t.EndMonth).HasColumnName("EndMonth");
            terms.Property(t => t.EndDay).HasColumnName("EndDay");
            terms.Property(t => t.LeadershipMeetingsPerYear).HasColumnName("LeadershipMeetingsPerYear");
            terms.Property(t => t.DefaultQuorum).HasColumnName("DefaultQuorum");
            terms.Property(t => t.DefaultMinutesApproval).HasColumnName("DefaultMinutesApproval");
            terms.Property(t => t.SigningReminderDays).HasColumnName("SigningReminderDays");
            terms.Ignore(t => t.LanguageList);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.FamilyAdvice;

public sealed class FamilyContactConfiguration : IEntityTypeConfiguration<FamilyContact>
{
    public void Configure(EntityTypeBuilder<FamilyContact> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdviceTopic>().WithMany().HasForeignKey(c => c.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdviceTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.AssignedToId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Reference).HasMaxLength(60);
        builder.HasIndex(c => new { c.RegionId, c.Reference }).IsUnique();
        builder.Property(c => c.Language).HasMaxLength(5);
        // The queues: a team's open contacts by age; the retention job's closed ones by closing time.
        builder.HasIndex(c => new { c.RegionId, c.TeamId, c.State, c.ReceivedAt });
        builder.HasIndex(c => new { c.State, c.ClosedAt });
        builder.Property(c => c.Version).IsConcurrencyToken();
        // Sealed values are longer than the text: base64 of nonce, text and tag, and the key's id.
        builder.ComplexProperty(c => c.Details, d =>
        {
            d.Property(x => x.Name).HasColumnName("SealedName").HasMaxLength(1000);
            d.Property(x => x.Email).HasColumnName("SealedEmail").HasMaxLength(1000);
            d.Property(x => x.Phone).HasColumnName("SealedPhone").HasMaxLength(1000);
            d.Property(x => x.CallWindow).HasColumnName("SealedCallWindow").HasMaxLength(1000);
        });
        builder.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Entries).HasField("entries");
        builder.HasMany(c => c.AnswerLinks).WithOne().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.AnswerLinks).HasField("answerLinks");
        builder.Ignore(c => c.IsContentDeleted);
        builder.Ignore(c => c.IsAnswerLinkActive);
    }
}

public sealed class AnswerLinkConfiguration : IEntityTypeConfiguration<AnswerLink>
{
    public void Configure(EntityTypeBuilder<AnswerLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Hash).HasMaxLength(64);
        builder.HasIndex(l => l.Hash).IsUnique();
    }
}

public sealed class ContactEntryConfiguration : IEntityTypeConfiguration<ContactEntry>
{
    public void Configure(EntityTypeBuilder<ContactEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.ContactId, e.At });
        builder.Property(e => e.SealedText).HasMaxLength(12000);
        builder.Ignore(e => e.IsShownToFamily);
    }
}

public sealed class AdviceTeamConfiguration : IEntityTypeConfiguration<AdviceTeam>
{
    public void Configure(EntityTypeBuilder<AdviceTeam> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(t => t.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        // One team per municipality.
        builder.HasIndex(t => t.MunicipalityId).IsUnique();
        builder.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Members).HasField("members");
    }
}

public sealed class AdviceTeamMemberConfiguration : IEntityTypeConfiguration<AdviceTeamMember>
{
    public void Configure(EntityTypeBuilder<AdviceTeamMember> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.TeamId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}

public sealed class AdviceTopicConfiguration : IEntityTypeConfiguration<AdviceTopic>
{
    public void Configure(EntityTypeBuilder<AdviceTopic> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(t => t.Name, "Name", 120);
        builder.HasIndex(t => new { t.RegionId, t.Order });
    }
}

public sealed class AdviceSettingsConfiguration : IEntityTypeConfiguration<AdviceSettings>
{
    public void Configure(EntityTypeBuilder<AdviceSettings> builder)
    {
        builder.HasKey(s => s.RegionId);
        builder.HasOne<Region>().WithOne().HasForeignKey<AdviceSettings>(s => s.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.DataControllerId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.HasLocalizedText(s => s.PhoneHours, "PhoneHours", 300);
        builder.HasLocalizedText(s => s.UrgentNumbers, "UrgentNumbers", 1000);
        builder.Property(s => s.ExtraDaysOff).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.ExtraDaysOffList);
    }
}

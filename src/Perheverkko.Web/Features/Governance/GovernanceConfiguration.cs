using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Governance;

public sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.HasKey(g => g.Id);
        builder.HasSlugWithinRegion(g => g.Slug);
        builder.HasOne<Region>().WithMany().HasForeignKey(g => g.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(g => g.Name, "Name");
        builder.Property(g => g.Purpose).HasMaxLength(GovernanceLimits.Purpose);
        // Existing groups get the default rule of the issue: more than half of the members.
        builder.Property(g => g.Quorum).HasDefaultValue(QuorumThreshold.MoreThanHalf);
        builder.Property(g => g.MinutesApproval).HasDefaultValue(MinutesApproval.ByChair);
        builder.HasMany(g => g.Memberships).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Roles).WithOne().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasPerson(m => m.Person);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.DeputyForId);
    }
}

public sealed class GroupRoleConfiguration : IEntityTypeConfiguration<GroupRole>
{
    public void Configure(EntityTypeBuilder<GroupRole> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasPerson(r => r.Person);
        builder.HasOne<AgreementVersion>().WithMany().HasForeignKey(r => r.AgreementVersionId).OnDelete(DeleteBehavior.Restrict);
        // The database backs the rule: one chair, one vice chair, one secretary per group and period.
        builder.HasIndex(r => new { r.GroupId, r.AgreementVersionId, r.Kind }).IsUnique();
    }
}

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Place).HasMaxLength(GovernanceLimits.Place);
        builder.Property(m => m.VideoLink).HasMaxLength(GovernanceLimits.Link);
        builder.Ignore(m => m.Duration);
        builder.Ignore(m => m.InviteesKnow);
        builder.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.GroupId, m.StartsAt });
        builder.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.MinutesApprovedBy).HasMaxLength(GovernanceLimits.Name);
        builder.Ignore(m => m.DecisionYear);
        builder.Ignore(m => m.Day);
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // Existing meetings start from version 1; two saves from the same version cannot both succeed.
        builder.Property(m => m.Version).HasDefaultValue(1).IsConcurrencyToken();
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(GovernanceLimits.Title);
        builder.Property(i => i.Preparer).HasMaxLength(GovernanceLimits.Name);
        builder.Property(i => i.Description).HasMaxLength(GovernanceLimits.Description);
        builder.Property(i => i.Proposal).HasMaxLength(GovernanceLimits.Description);
        builder.Property(i => i.Discussion).HasMaxLength(GovernanceLimits.Description);
        builder.Property(i => i.Decision).HasMaxLength(GovernanceLimits.Description);
    }
}

public sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(GovernanceLimits.Name);
        builder.Property(a => a.DeputyName).HasMaxLength(GovernanceLimits.Name);
    }
}

public sealed class MinutesVersionConfiguration : IEntityTypeConfiguration<MinutesVersion>
{
    public void Configure(EntityTypeBuilder<MinutesVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.RecordedBy).HasMaxLength(GovernanceLimits.Name);
        builder.Property(v => v.Reason).HasMaxLength(GovernanceLimits.Reason);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.MeetingId, v.Version }).IsUnique();
    }
}

public sealed class DecisionNumberConfiguration : IEntityTypeConfiguration<DecisionNumber>
{
    public void Configure(EntityTypeBuilder<DecisionNumber> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Ignore(d => d.Label);
        builder.HasOne<Group>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        // The database backs the rule: a decision number is used once per group and year, an item is numbered once.
        builder.HasIndex(d => new { d.GroupId, d.Year, d.Number }).IsUnique();
        builder.HasIndex(d => d.AgendaItemId).IsUnique();
    }
}

public sealed class AgendaAttachmentConfiguration : IEntityTypeConfiguration<AgendaAttachment>
{
    public void Configure(EntityTypeBuilder<AgendaAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(GovernanceLimits.Name);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.UploadedBy).HasMaxLength(GovernanceLimits.Name);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AbsenceNoticeConfiguration : IEntityTypeConfiguration<AbsenceNotice>
{
    public void Configure(EntityTypeBuilder<AbsenceNotice> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Membership>().WithMany().HasForeignKey(a => a.MembershipId).OnDelete(DeleteBehavior.Cascade);
        // One notice per member and meeting: saying it twice does not tell the deputy twice.
        builder.HasIndex(a => new { a.MeetingId, a.MembershipId }).IsUnique();
    }
}

public sealed class OrganHandlingConfiguration : IEntityTypeConfiguration<OrganHandling>
{
    public void Configure(EntityTypeBuilder<OrganHandling> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Reference).HasMaxLength(GovernanceLimits.Title);
        builder.Property(h => h.RecordedBy).HasMaxLength(GovernanceLimits.Name);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(h => h.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(h => h.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // One status per package and organisation.
        builder.HasIndex(h => new { h.AgendaItemId, h.OrganisationId }).IsUnique();
    }
}

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.TokenHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.StaffUserId);
        builder.HasOne<Perheverkko.Web.Platform.Access.StaffUser>().WithMany().HasForeignKey(f => f.StaffUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Input limits, shared by the input checks and the columns.</summary>
public static class GovernanceLimits
{
    public const int Name = 200;
    public const int Title = 300;
    public const int Place = 300;
    public const int Link = 500;
    public const int Purpose = 2000;
    public const int Description = 20_000;
    public const int Reason = 2000;
}

internal static class PersonMapping
{
    public static void HasPerson<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, PersonRef?>> person) where T : class =>
        builder.ComplexProperty(person, p =>
        {
            p.Property(x => x.StaffUserId).HasColumnName("StaffUserId");
            p.Property(x => x.Name).HasColumnName("PersonName").HasMaxLength(GovernanceLimits.Name).IsRequired();
            p.Property(x => x.Email).HasColumnName("PersonEmail").HasMaxLength(254).IsRequired();
        });
}

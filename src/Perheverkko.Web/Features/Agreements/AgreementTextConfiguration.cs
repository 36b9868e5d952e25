using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Governance;

namespace Perheverkko.Web.Features.Agreements;

public sealed class AgreementSectionConfiguration : IEntityTypeConfiguration<AgreementSection>
{
    public void Configure(EntityTypeBuilder<AgreementSection> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<AgreementVersion>().WithMany(v => v.Sections).HasForeignKey(s => s.AgreementVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.AgreementVersionId, s.Number }).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(AgreementSection.MaxTitle);
        builder.Property(s => s.TitleSv).HasMaxLength(AgreementSection.MaxTitle);
        builder.Property(s => s.Body).HasMaxLength(AgreementSection.MaxBody);
        builder.Property(s => s.BodySv).HasMaxLength(AgreementSection.MaxBody);
    }
}

public sealed class BackgroundDocumentConfiguration : IEntityTypeConfiguration<BackgroundDocument>
{
    public void Configure(EntityTypeBuilder<BackgroundDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasOne<AgreementVersion>().WithMany(v => v.BackgroundDocuments).HasForeignKey(d => d.AgreementVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Url).HasMaxLength(500);
    }
}

public sealed class SectionCommentConfiguration : IEntityTypeConfiguration<SectionComment>
{
    public void Configure(EntityTypeBuilder<SectionComment> builder)
    {
        builder.HasKey(c => c.Id);
        // Restrict: a section with comments is not removed (AgreementRules.SectionHasComments).
        builder.HasOne<AgreementSection>().WithMany().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SectionId, c.CreatedAt });
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Body).HasMaxLength(SectionComment.MaxBody);
    }
}

public sealed class LeadershipProcessingConfiguration : IEntityTypeConfiguration<LeadershipProcessing>
{
    public void Configure(EntityTypeBuilder<LeadershipProcessing> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<AgreementVersion>().WithMany().HasForeignKey(p => p.AgreementVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Note).HasMaxLength(LeadershipProcessing.MaxNote);
        builder.Property(p => p.RecordedBy).HasMaxLength(200);
    }
}

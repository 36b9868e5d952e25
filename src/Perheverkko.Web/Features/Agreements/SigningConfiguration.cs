using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Agreements;

public sealed class PartySignatoryConfiguration : IEntityTypeConfiguration<PartySignatory>
{
    public void Configure(EntityTypeBuilder<PartySignatory> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.HasIndex(s => new { s.PartyId, s.StaffUserId }).IsUnique();
        builder.HasOne<Party>().WithMany(p => p.Signatories).HasForeignKey(s => s.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.StaffUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PartyDecisionConfiguration : IEntityTypeConfiguration<PartyDecision>
{
    public void Configure(EntityTypeBuilder<PartyDecision> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.PartyId).IsUnique();
        builder.HasOne<Party>().WithMany().HasForeignKey(d => d.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.Reference);
        builder.Property(d => d.Organ).HasMaxLength(200);
        builder.Property(d => d.RegisterNumber).HasMaxLength(100);
        builder.Property(d => d.Background).HasMaxLength(20000);
        builder.Property(d => d.Proposal).HasMaxLength(5000);
        builder.Property(d => d.Decision).HasMaxLength(5000);
        builder.Property(d => d.Preparer).HasMaxLength(200);
        builder.Property(d => d.Presenter).HasMaxLength(200);
        builder.Property(d => d.AuthorisedToSign).HasMaxLength(500);
        builder.Property(d => d.RecordedBy).HasMaxLength(200);
        builder.Property(d => d.AttachmentFileName).HasMaxLength(255);
        builder.Property(d => d.AttachmentSha256).HasMaxLength(64);
    }
}

public sealed class DecisionAttachmentConfiguration : IEntityTypeConfiguration<DecisionAttachment>
{
    public void Configure(EntityTypeBuilder<DecisionAttachment> builder)
    {
        builder.HasKey(a => a.DecisionId);
        builder.HasOne<PartyDecision>().WithOne().HasForeignKey<DecisionAttachment>(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SigningEventConfiguration : IEntityTypeConfiguration<SigningEvent>
{
    public void Configure(EntityTypeBuilder<SigningEvent> builder)
    {
        builder.HasKey(e => e.Id);
        // The chain's order: a second event cannot take the same place, so two signatures at one moment cannot fork it.
        builder.HasIndex(e => new { e.AgreementVersionId, e.Sequence }).IsUnique();
        builder.HasOne<AgreementVersion>().WithMany().HasForeignKey(e => e.AgreementVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.TextHash).HasMaxLength(64);
        builder.Property(e => e.PartyName).HasMaxLength(300);
        builder.Property(e => e.SignatoryName).HasMaxLength(200);
        builder.Property(e => e.AuthorityBasis).HasMaxLength(500);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}

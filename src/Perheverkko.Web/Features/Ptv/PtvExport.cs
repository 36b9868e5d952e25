using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Where the export of one service or meeting place to PTV stands (decision 0035): queued by a person, sent by the job
/// <see cref="PtvExportJob"/>, then accepted (PTV's id recorded on the entry) or rejected with PTV's message. PTV being busy or
/// down puts it back in the queue with a growing delay until <see cref="PtvOptions.ExportAttempts"/> run out. One row per
/// entry: a new request replaces what the last one left.
/// </summary>
public sealed class PtvExport : IRegionOwned
{
    private PtvExport() { }

    public Guid Id { get; private set; }
    public PtvEntryKind Kind { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid RegionId { get; private set; }
    public PtvExportStatus Status { get; private set; }
    /// <summary>
    /// PTV's own message for a rejection (its field names and texts as it gave them), or one of ours as a text key starting
    /// with <c>ptv.export.</c> (credentials refused, attempts run out).
    /// </summary>
    public string? Message { get; private set; }
    /// <summary>Sending attempts since the last request.</summary>
    public int Attempts { get; private set; }
    /// <summary>When the job may send it (again); null once it is answered.</summary>
    public DateTime? NextAttemptAt { get; private set; }
    /// <summary>The entry's version when it was requested: what the person saw and chose to send.</summary>
    public int EntryVersion { get; private set; }
    /// <summary>Sent to archive PTV's copy (the entry was archived here when requested).</summary>
    public bool Archive { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public DateTime? LastAttemptAt { get; private set; }

    public static PtvExport Create(PtvEntryKind kind, Guid entryId, Guid organisationId, Guid regionId) =>
        new() { Id = Guid.NewGuid(), Kind = kind, EntryId = entryId, OrganisationId = organisationId, RegionId = regionId, Status = PtvExportStatus.NotSent };

    public void Queue(int entryVersion, bool archive, DateTime now)
    {
        Status = PtvExportStatus.Queued;
        EntryVersion = entryVersion;
        Archive = archive;
        Attempts = 0;
        Message = null;
        NextAttemptAt = now;
        RequestedAt = now;
    }

    /// <summary>Taken by the job: saved before the call, so a crash mid-call leaves it as sent, not queued forever.</summary>
    public void Sending(DateTime now)
    {
        Status = PtvExportStatus.Sent;
        Attempts++;
        LastAttemptAt = now;
        NextAttemptAt = null;
    }

    public void Accept()
    {
        Status = PtvExportStatus.Accepted;
        Message = null;
    }

    public void Reject(string message)
    {
        Status = PtvExportStatus.Rejected;
        Message = message;
        NextAttemptAt = null;
    }

    /// <summary>PTV was busy or down: queued again for <paramref name="at"/>, with why.</summary>
    public void Retry(DateTime at, string message)
    {
        Status = PtvExportStatus.Queued;
        Message = message;
        NextAttemptAt = at;
    }
}

public sealed class PtvExportConfiguration : IEntityTypeConfiguration<PtvExport>
{
    public void Configure(EntityTypeBuilder<PtvExport> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.Kind, e.EntryId }).IsUnique();
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => e.OrganisationId);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Message).HasMaxLength(4000);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

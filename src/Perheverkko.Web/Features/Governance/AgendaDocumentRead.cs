using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// That a staff member has opened an agenda document, and when first: the staff desk's "meetings coming up with
/// documents you have not read" (issue #13 item 5). Only the first download is kept — later ones change nothing — and
/// the row goes with the document or the account.
/// </summary>
public sealed class AgendaDocumentRead
{
    private AgendaDocumentRead() { }

    public AgendaDocumentRead(Guid attachmentId, Guid userId, DateTime firstReadAt)
    { AttachmentId = attachmentId; UserId = userId; FirstReadAt = firstReadAt; }

    public Guid AttachmentId { get; private set; }
    public Guid UserId { get; private set; }
    /// <summary>UTC.</summary>
    public DateTime FirstReadAt { get; private set; }

    /// <summary>
    /// Keeps the first read of a document by a staff member, saved at once (the download changes nothing else). Two
    /// downloads at the same moment both try to add the row; the key keeps one and the other's failure means "already read".
    /// </summary>
    public static async Task RecordFirstAsync(PerheverkkoDb db, Guid attachmentId, Actor? actor, DateTime now, CancellationToken cancellationToken)
    {
        if (actor?.UserId is not { } userId) return;
        if (await db.AgendaDocumentReads.AnyAsync(r => r.AttachmentId == attachmentId && r.UserId == userId, cancellationToken)) return;
        var read = db.AgendaDocumentReads.Add(new AgendaDocumentRead(attachmentId, userId, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            read.State = EntityState.Detached;
        }
    }
}

public sealed class AgendaDocumentReadConfiguration : IEntityTypeConfiguration<AgendaDocumentRead>
{
    public void Configure(EntityTypeBuilder<AgendaDocumentRead> builder)
    {
        builder.HasKey(r => new { r.AttachmentId, r.UserId });
        builder.HasOne<AgendaAttachment>().WithMany().HasForeignKey(r => r.AttachmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

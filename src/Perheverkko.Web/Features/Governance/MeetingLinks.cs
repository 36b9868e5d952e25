using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;

namespace Perheverkko.Web.Features.Governance;

/// <summary>The paths e-mails and calendar entries link to, made absolute with <see cref="Platform.Web.PublicAddress"/>.</summary>
public static class MeetingLinks
{
    /// <summary>The meeting's staff page: the agenda, its documents, "I cannot come", the minutes and their approval.</summary>
    public static string Page(Guid meetingId) => $"/staff/meetings/{meetingId}";

    /// <summary>An agenda document's download (it opens for whoever may read the meeting, signed in).</summary>
    public static string Document(Guid attachmentId) => $"/api/v1/attachments/{attachmentId}";
}

/// <summary>An agenda item's document as an e-mail lists it: its name and where it downloads.</summary>
public sealed record MeetingDocument(Guid Id, Guid AgendaItemId, string FileName)
{
    public static readonly ILookup<Guid, MeetingDocument> None = Array.Empty<MeetingDocument>().ToLookup(d => d.AgendaItemId);

    /// <returns>The meeting's documents by agenda item, in the order they were added.</returns>
    public static async Task<ILookup<Guid, MeetingDocument>> OfAsync(PerheverkkoDb db, Guid meetingId, CancellationToken cancellationToken) =>
        (await db.AgendaAttachments.AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.UploadedAt)
            .Select(a => new MeetingDocument(a.Id, a.AgendaItemId, a.FileName)).ToListAsync(cancellationToken)).ToLookup(d => d.AgendaItemId);
}

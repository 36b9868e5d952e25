using System.Security.Cryptography;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// A document attached to an agenda item (issue 5 §4). The bytes live in the database with the row (decision 0018):
/// they are backed up and restored with everything else, and every app instance sees them.
/// </summary>
public sealed class AgendaAttachment
{
    private AgendaAttachment() { }

    public AgendaAttachment(Guid id, Guid meetingId, Guid agendaItemId, string fileName, AttachmentType type, byte[] content,
        string uploadedBy, DateTime now)
    {
        Id = id; MeetingId = meetingId; AgendaItemId = agendaItemId; FileName = fileName; ContentType = type.MediaType;
        Size = content.LongLength; Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)); Content = content;
        UploadedBy = uploadedBy; UploadedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid AgendaItemId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>SHA-256 of the content, lower-case hex: shown with the file so a copy can be checked against it.</summary>
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
}

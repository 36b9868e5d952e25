using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;

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

public sealed record AttachmentType(string Extension, string MediaType);

/// <summary>
/// Which files may be attached: PDF, Word and Excel documents without macros, recognised by their content, not by the
/// name or the type the browser claims. DOCX and XLSX are ZIP containers; only their <c>[Content_Types].xml</c> part is
/// read (and at most 1 MB of it), so a ZIP bomb is never unpacked.
/// </summary>
public static class AttachmentFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The request body limit of the upload endpoints: the file plus room for a multipart envelope.</summary>
    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;

    public static readonly AttachmentType Pdf = new(".pdf", "application/pdf");
    public static readonly AttachmentType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly AttachmentType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly IReadOnlyList<AttachmentType> Allowed = [Pdf, Docx, Xlsx];

    private const string DocxMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string XlsxMainPart = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <returns>The type the content is, when it is an allowed one and the file name's extension says the same.</returns>
    public static AttachmentType? Recognise(string fileName, byte[] content)
    {
        var type = Sniff(content);
        return type is not null && string.Equals(Path.GetExtension(fileName), type.Extension, StringComparison.OrdinalIgnoreCase) ? type : null;
    }

    private static AttachmentType? Sniff(byte[] content)
    {
        if (UploadedFile.IsPdf(content)) return Pdf;
        if (!content.AsSpan().StartsWith("PK\x03\x04"u8)) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            // A macro project makes a document something else than the plain type it claims to be.
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return null;
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > 1024 * 1024) return null;
            using var reader = new StreamReader(types.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            return xml.Contains(DocxMainPart, StringComparison.Ordinal) ? Docx
                : xml.Contains(XlsxMainPart, StringComparison.Ordinal) ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A file name safe to store and to send back: no folders, no control characters, at most 200 characters.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/').ToArray()).Trim();
        if (name.Length > GovernanceLimits.Name) name = name[^GovernanceLimits.Name..];
        return name.Length == 0 ? "liite" : name;
    }
}

/// <summary>Attaches a document to an agenda item; the chair and the coordinator do it while they prepare the agenda.</summary>
public sealed class AddAttachment(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="declaredType">
    /// The API's Content-Type, which must be one of the allowed types: a cross-site form can send none of them without a
    /// CORS preflight, so this is the upload's protection against cross-site requests. Null from the page's form, which
    /// carries an antiforgery token instead and whose browsers guess the type.
    /// </param>
    public async Task<Guid> HandleAsync(Actor? actor, Guid itemId, string? fileName, Stream content, string? declaredType, CancellationToken cancellationToken)
    {
        var meetingId = await UpdateAgendaItem.MeetingOf(db, itemId, cancellationToken);
        var (_, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId ?? Guid.Empty, clock, withMembers: false, cancellationToken);
        RuleCheck.That(declaredType is null || AttachmentFiles.Allowed.Any(t => declaredType.StartsWith(t.MediaType, StringComparison.OrdinalIgnoreCase)),
            GovernanceRules.AttachmentTypeNotAllowed);
        RuleCheck.That(meeting.Status is MeetingStatus.Planned or MeetingStatus.Invited, GovernanceRules.MeetingClosed);
        var bytes = await UploadedFile.ReadAtMostAsync(content, AttachmentFiles.MaxBytes, GovernanceRules.AttachmentTooLarge, cancellationToken);
        RuleCheck.That(bytes.Length > 0, GovernanceRules.AttachmentEmpty);
        var name = AttachmentFiles.SafeName(fileName);
        var type = AttachmentFiles.Recognise(name, bytes) ?? throw new DomainRuleViolation(GovernanceRules.AttachmentTypeNotAllowed);
        var attachment = new AgendaAttachment(Guid.CreateVersion7(), meeting.Id, itemId, name, type, bytes, actor?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        db.AgendaAttachments.Add(attachment);
        audit.Record(actor, AuditEvent.AttachmentAdded, "AgendaItem", itemId, $"{name}, {bytes.Length} bytes, sha256 {attachment.Sha256}");
        await db.SaveChangesAsync(cancellationToken);
        return attachment.Id;
    }
}

public sealed class RemoveAttachment(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        var meetingId = await db.AgendaAttachments.Where(a => a.Id == attachmentId).Select(a => (Guid?)a.MeetingId).SingleOrDefaultAsync(cancellationToken);
        var (_, meeting) = await MeetingAccess.LoadForPrepareAsync(db, access, actor, meetingId ?? Guid.Empty, clock, withMembers: false, cancellationToken);
        RuleCheck.That(meeting.Status is MeetingStatus.Planned or MeetingStatus.Invited, GovernanceRules.MeetingClosed);
        db.AgendaAttachments.Remove(await db.AgendaAttachments.SingleAsync(a => a.Id == attachmentId, cancellationToken));
        audit.Record(actor, AuditEvent.AttachmentRemoved, "AgendaAttachment", attachmentId, $"meeting {meetingId}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Downloads: whoever may read the meeting's agenda may read its documents — in a members-only group its members and
/// deputies, never a member of another group.
/// </summary>
public sealed class AttachmentQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<AttachmentFile> GetAsync(Actor? actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        var owner = await (from a in db.AgendaAttachments
                           join m in db.Meetings on a.MeetingId equals m.Id
                           where a.Id == attachmentId
                           select new { m.GroupId, m.Status }).SingleOrDefaultAsync(cancellationToken);
        await GroupAccess.RequireViewAsync(access, db, actor, owner?.GroupId, today, cancellationToken);
        if (owner is null) throw new NotFoundException(GovernanceRules.AttachmentNotFound);
        // Before the agenda is sent only its preparers see it, documents included.
        if (owner.Status == MeetingStatus.Planned && !await GroupAccess.MayPrepareAsync(db, actor, owner.GroupId, today, cancellationToken))
            throw new NotFoundException(GovernanceRules.AttachmentNotFound);
        var file = await db.AgendaAttachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Content)).SingleAsync(cancellationToken);
        return file;
    }
}

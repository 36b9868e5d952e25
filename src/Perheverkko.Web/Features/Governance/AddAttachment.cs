using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

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
        var meetingId = await MeetingLoader.MeetingOfItemAsync(db, itemId, cancellationToken);
        var (group, meeting) = await MeetingLoader.LoadAsync(db, meetingId, withMembers: false, withMinutes: false, cancellationToken);
        await access.RequireAsync(actor, StaffAction.PrepareMeeting, GroupRelationships.ObjectOf(group), cancellationToken);
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

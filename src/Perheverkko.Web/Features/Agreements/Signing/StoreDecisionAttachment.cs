using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// Stores the minutes excerpt of a decision: a PDF of at most 20 MB, kept in the database with its SHA-256 so the
/// certificate can name exactly which document was the basis.
/// </summary>
public sealed class StoreDecisionAttachment(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public async Task<string> HandleAsync(Actor? actor, Guid versionId, Guid organisationId, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        await access.RequireAsync(actor, StaffAction.RecordPartyDecision, PartyRelationships.Of(party, version.RegionId), cancellationToken);
        RuleCheck.That(content.LongLength <= DecisionAttachment.MaxBytes, SigningRules.AttachmentTooLarge);
        RuleCheck.That(UploadedFile.IsPdf(content), SigningRules.AttachmentNotPdf);
        var decision = await db.PartyDecisions.SingleOrDefaultAsync(d => d.PartyId == party.Id, cancellationToken)
            ?? throw new NotFoundException(SigningRules.NoDecision);
        RuleCheck.That(!await db.SigningEvents.AnyAsync(e => e.PartyId == party.Id, cancellationToken), SigningRules.DecisionAfterSigning);

        var sha256 = SigningChain.Sha256Hex(content);
        // The same cleaning as every other upload's name (NFC, no bidirectional or control characters, no folders).
        var name = Platform.Documents.AttachmentFiles.SafeName(fileName.TrimmedOrNull() ?? "poytakirjanote.pdf");
        if (!name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) name = "poytakirjanote.pdf";
        var stored = await db.DecisionAttachments.SingleOrDefaultAsync(a => a.DecisionId == decision.Id, cancellationToken);
        if (stored is null) db.DecisionAttachments.Add(new DecisionAttachment(decision.Id, content));
        else stored.Replace(content);
        decision.Attach(name, sha256, content.LongLength);
        audit.Record(actor, AuditEvent.DecisionAttachmentStored, "Party", party.Id, $"{name}, {content.LongLength} bytes, sha256 {sha256}");
        await db.SaveChangesAsync(cancellationToken);
        return sha256;
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// Sends a frozen version for signatures: records the date (001 §24), starts the evidence chain, and mails every named
/// signatory a link, all in one transaction. Signatories named later get their link when they are named.
/// </summary>
public sealed class SendForSigning(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, PublicAddress links, TimeProvider clock)
{
    public sealed record Result(DateTime SentAt, int Notified);

    public async Task<Result> HandleAsync(Actor? actor, Guid versionId, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ManageAgreementParties, PartyRelationships.Of(version), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        version.SendForSigning(now);
        var last = await db.SigningEvents.Where(e => e.AgreementVersionId == versionId).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        db.SigningEvents.Add(SigningEvent.Next(last, versionId, SigningEventKind.SentForSigning, now, version.TextHash!));
        var notified = 0;
        foreach (var party in version.Parties.Where(p => p.EndReason is null))
        foreach (var signatory in party.Signatories)
        {
            SigningMail.Enqueue(outbox, links, version, signatory, party.ListedName, SigningMailKind.Invitation, now);
            notified++;
        }
        audit.Record(actor, AuditEvent.AgreementSentForSigning, "AgreementVersion", versionId, $"text {version.TextHash}, {notified} signatories notified");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(now, notified);
    }
}

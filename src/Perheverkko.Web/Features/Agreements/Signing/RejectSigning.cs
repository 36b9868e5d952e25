using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>A named signatory declines to sign, with a reason. It is final for this signatory and version: the party's rule cannot be met.</summary>
public sealed class RejectSigning(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Reason);

    public async Task HandleAsync(Actor? actor, SigningSession session, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var (version, party, events, decision) = await SignOrReject.PrepareAsync(db, access, actor, session, versionId, organisationId, cancellationToken);
        new InputCheck().Required("reason", request.Reason, 2000).ThrowIfInvalid();
        var rejected = SigningEvent.Next(events.LastOrDefault(), versionId, SigningEventKind.Rejected, clock.GetUtcNow().UtcDateTime, version.TextHash!,
            party.Id, party.ListedName, actor!.UserId, actor.Name, decision?.Reference, request.Reason!.Trim());
        db.SigningEvents.Add(rejected);
        audit.Record(actor, AuditEvent.AgreementSigningRejected, "Party", party.Id, $"event {rejected.Sequence} {rejected.Hash}");
        await SignOrReject.SaveChainAsync(db, cancellationToken);
    }
}

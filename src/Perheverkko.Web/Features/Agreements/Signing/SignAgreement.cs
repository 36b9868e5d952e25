using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// A named signatory signs (or rejects) for their party: signed in with a second factor, over the frozen text's hash
/// they were shown, with explicit consent, on the basis of the party's approving decision. The signature is the next
/// event of the version's hash chain; the last one needed puts the version into force (001 §24).
/// </summary>
public sealed class SignAgreement(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? TextHash, bool? Consent);
    public sealed record Result(Guid EventId, string EventHash, AgreementStatus VersionStatus, DateOnly? InForceFrom);

    public async Task<Result> HandleAsync(Actor? actor, SigningSession session, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var (version, party, events, decision) = await SignOrReject.PrepareAsync(db, access, actor, session, versionId, organisationId, cancellationToken);
        new InputCheck().Required("textHash", request.TextHash, 64).ThrowIfInvalid();
        RuleCheck.That(request.Consent == true, SigningRules.ConsentRequired);
        RuleCheck.That(decision?.Status == DecisionStatus.Approved, SigningRules.NoApprovedDecision);
        RuleCheck.That(string.Equals(request.TextHash!.Trim(), version.TextHash, StringComparison.OrdinalIgnoreCase), SigningRules.HashMismatch);
        // Whoever signs signs the text as stored: one changed behind the application's back is not the frozen text.
        RuleCheck.That(await FrozenTextCheck.IntactAsync(db, versionId, version.TextHash, cancellationToken) == true, SigningRules.TextChanged);

        var signed = SigningEvent.Next(events.LastOrDefault(), versionId, SigningEventKind.Signed, clock.GetUtcNow().UtcDateTime, version.TextHash!,
            party.Id, party.ListedName, actor!.UserId, actor.Name, decision!.Reference);
        db.SigningEvents.Add(signed);
        audit.Record(actor, AuditEvent.AgreementSigned, "Party", party.Id, $"event {signed.Sequence} {signed.Hash}");
        if (await SigningData.SettleAsync(db, version, [.. events, signed], cancellationToken))
            audit.Record(actor, AuditEvent.AgreementEnteredIntoForce, "AgreementVersion", versionId, $"in force from {version.InForceFrom:yyyy-MM-dd}");
        await SignOrReject.SaveChainAsync(db, cancellationToken);
        return new Result(signed.Id, signed.Hash, version.Status, version.InForceFrom);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
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
        var (version, party, events, decision) = await PrepareAsync(db, access, actor, session, versionId, organisationId, cancellationToken);
        new InputCheck().Required("textHash", request.TextHash, 64).ThrowIfInvalid();
        RuleCheck.That(request.Consent == true, SigningRules.ConsentRequired);
        RuleCheck.That(decision?.Status == DecisionStatus.Approved, SigningRules.NoApprovedDecision);
        RuleCheck.That(string.Equals(request.TextHash!.Trim(), version.TextHash, StringComparison.OrdinalIgnoreCase), SigningRules.HashMismatch);

        var signed = SigningEvent.Next(events.LastOrDefault(), versionId, SigningEventKind.Signed, clock.GetUtcNow().UtcDateTime, version.TextHash!,
            party.Id, party.ListedName, actor!.UserId, actor.Name, decision!.Reference);
        db.SigningEvents.Add(signed);
        audit.Record(actor, AuditEvent.AgreementSigned, "Party", party.Id, $"event {signed.Sequence} {signed.Hash}");
        if (await SigningData.SettleAsync(db, version, [.. events, signed], cancellationToken))
            audit.Record(actor, AuditEvent.AgreementEnteredIntoForce, "AgreementVersion", versionId, $"in force from {version.InForceFrom:yyyy-MM-dd}");
        await SaveChainAsync(db, cancellationToken);
        return new Result(signed.Id, signed.Hash, version.Status, version.InForceFrom);
    }

    /// <summary>What signing and rejecting both check, in this order: who, how signed in, which version, which party, whether already.</summary>
    internal static async Task<(AgreementVersion, Party, List<SigningEvent>, PartyDecision?)> PrepareAsync(PerheverkkoDb db, AccessControl access,
        Actor? actor, SigningSession session, Guid versionId, Guid organisationId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.SignAgreement, organisationId, "Organisation", organisationId, cancellationToken);
        RuleCheck.That(session != SigningSession.AccessToken, SigningRules.TokenCannotSign);
        RuleCheck.That(session == SigningSession.SecondFactor, SigningRules.SecondFactorRequired);
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        var acceding = version.Status == AgreementStatus.InForce && party.JoinedOn is null;
        RuleCheck.That(version.Status == AgreementStatus.OutForSigning || acceding, SigningRules.NotOutForSigning);
        RuleCheck.That(party.EndReason is null && party.Signatories.Any(s => s.StaffUserId == actor!.UserId), SigningRules.NotSignatory);
        var events = await SigningData.EventsAsync(db, versionId, cancellationToken);
        RuleCheck.That(!events.Any(e => e.PartyId == party.Id && e.SignatoryUserId == actor!.UserId), SigningRules.AlreadySigned);
        var decision = await db.PartyDecisions.SingleOrDefaultAsync(d => d.PartyId == party.Id, cancellationToken);
        return (version, party, events, decision);
    }

    /// <summary>Two events taking the same place in the chain at once: the unique (version, sequence) refuses the second.</summary>
    internal static async Task SaveChainAsync(PerheverkkoDb db, CancellationToken cancellationToken)
    {
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException) { throw new DomainRuleViolation(SigningRules.ChainBusy); }
    }
}

/// <summary>A named signatory declines to sign, with a reason. It is final for this signatory and version: the party's rule cannot be met.</summary>
public sealed class RejectSigning(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Reason);

    public async Task HandleAsync(Actor? actor, SigningSession session, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var (version, party, events, decision) = await SignAgreement.PrepareAsync(db, access, actor, session, versionId, organisationId, cancellationToken);
        new InputCheck().Required("reason", request.Reason, 2000).ThrowIfInvalid();
        var rejected = SigningEvent.Next(events.LastOrDefault(), versionId, SigningEventKind.Rejected, clock.GetUtcNow().UtcDateTime, version.TextHash!,
            party.Id, party.ListedName, actor!.UserId, actor.Name, decision?.Reference, request.Reason!.Trim());
        db.SigningEvents.Add(rejected);
        audit.Record(actor, AuditEvent.AgreementSigningRejected, "Party", party.Id, $"event {rejected.Sequence} {rejected.Hash}");
        await SignAgreement.SaveChainAsync(db, cancellationToken);
    }
}

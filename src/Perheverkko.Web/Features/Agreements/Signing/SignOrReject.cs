using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>What signing and rejecting share: the checks before a signatory acts, and saving the next event of the chain.</summary>
internal static class SignOrReject
{
    /// <summary>
    /// What signing and rejecting both check, in this order: which version and party, who (the engine: only the party's named
    /// signatory), how signed in, whether the party still signs, whether already.
    /// </summary>
    internal static async Task<(AgreementVersion, Party, List<SigningEvent>, PartyDecision?)> PrepareAsync(PerheverkkoDb db, AccessControl access,
        Actor? actor, SigningSession session, Guid versionId, Guid organisationId, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        await access.RequireAsync(actor, StaffAction.SignAgreement, PartyRelationships.Of(party, version.RegionId), cancellationToken);
        RuleCheck.That(session != SigningSession.AccessToken, SigningRules.TokenCannotSign);
        RuleCheck.That(session == SigningSession.SecondFactor, SigningRules.SecondFactorRequired);
        var acceding = version.Status == AgreementStatus.InForce && party.JoinedOn is null;
        RuleCheck.That(version.Status == AgreementStatus.OutForSigning || acceding, SigningRules.NotOutForSigning);
        RuleCheck.That(party.EndReason is null, SigningRules.PartyLeft);
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

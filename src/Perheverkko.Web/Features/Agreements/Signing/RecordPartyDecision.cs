using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// Records a party's decision on a frozen version as its organ's minutes give it (seed 002). Recording again corrects
/// it, until the party has signed on its basis.
/// </summary>
public sealed class RecordPartyDecision(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Organ, DateOnly? MeetingDate, string? Section, string? RegisterNumber, string? Background,
        string? Proposal, string? Decision, string? Preparer, string? Presenter, string? AuthorisedToSign, DecisionStatus? Status);

    public async Task<Guid> HandleAsync(Actor? actor, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        await access.RequireAsync(actor, StaffAction.RecordPartyDecision, PartyRelationships.Of(party, version.RegionId), cancellationToken);
        var section = int.TryParse(request.Section?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
        new InputCheck()
            .Required("organ", request.Organ, 200)
            .That(request.MeetingDate is not null, "meetingDate", "validation.required")
            .Required("section", request.Section, 6)
            .That(string.IsNullOrWhiteSpace(request.Section) || section > 0, "section", "validation.whole_number")
            .Optional("registerNumber", request.RegisterNumber, 100)
            .Optional("background", request.Background, 20000)
            .Optional("proposal", request.Proposal, 5000)
            .Optional("decision", request.Decision, 5000)
            .Optional("preparer", request.Preparer, 200)
            .Optional("presenter", request.Presenter, 200)
            .Optional("authorisedToSign", request.AuthorisedToSign, 500)
            .Defined("status", request.Status)
            .ThrowIfInvalid();

        RuleCheck.That(version.Status is AgreementStatus.OutForDecisions or AgreementStatus.OutForSigning or AgreementStatus.InForce, SigningRules.DecisionsClosed);
        var events = await SigningData.EventsAsync(db, versionId, cancellationToken);
        RuleCheck.That(!events.Any(e => e.PartyId == party.Id), SigningRules.DecisionAfterSigning);

        var decision = await db.PartyDecisions.SingleOrDefaultAsync(d => d.PartyId == party.Id, cancellationToken);
        if (decision is null) db.PartyDecisions.Add(decision = new PartyDecision(Guid.CreateVersion7(), party.Id));
        var now = clock.GetUtcNow().UtcDateTime;
        decision.Record(request.Organ!.Trim(), request.MeetingDate!.Value, section, request.RegisterNumber.TrimmedOrNull(), request.Background.TrimmedOrNull(),
            request.Proposal.TrimmedOrNull(), request.Decision.TrimmedOrNull(), request.Preparer.TrimmedOrNull(), request.Presenter.TrimmedOrNull(),
            request.AuthorisedToSign.TrimmedOrNull(), request.Status!.Value, HelsinkiTime.Today(clock),
            version.FrozenAt is { } frozen ? HelsinkiTime.DateOf(frozen) : null, actor!.Name, now);
        audit.Record(actor, AuditEvent.PartyDecisionRecorded, "Party", party.Id, $"{decision.Status}: {decision.Reference}");
        // A rejection or a missed deadline takes the party out of the round; the others may now be complete.
        if (await SigningData.SettleAsync(db, version, events, cancellationToken))
            audit.Record(actor, AuditEvent.AgreementEnteredIntoForce, "AgreementVersion", versionId, $"in force from {version.InForceFrom:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return decision.Id;
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>The coordinator records that a party leaves other than by notice, with its last day.</summary>
public sealed class RecordLeaving(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(DateOnly? LastDay);

    public async Task HandleAsync(Actor? actor, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        await access.RequireAsync(actor, StaffAction.ManageAgreementParties, PartyRelationships.Of(party, version.RegionId), cancellationToken);
        new InputCheck().That(request.LastDay is not null, "lastDay", "validation.required").ThrowIfInvalid();
        party.Leave(request.LastDay!.Value);
        audit.Record(actor, AuditEvent.PartyLeft, "Party", party.Id, $"last day {request.LastDay:yyyy-MM-dd}");
        // The one holding the round up has left: the others may now be complete.
        if (await SigningData.SettleAsync(db, version, await SigningData.EventsAsync(db, versionId, cancellationToken), cancellationToken))
            audit.Record(actor, AuditEvent.AgreementEnteredIntoForce, "AgreementVersion", versionId, $"in force from {version.InForceFrom:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

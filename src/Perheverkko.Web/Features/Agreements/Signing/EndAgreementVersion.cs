using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>A version in force ends (its period is over, or the next version replaced it) on a last day.</summary>
public sealed class EndAgreementVersion(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(DateOnly? LastDay);

    public async Task HandleAsync(Actor? actor, Guid versionId, Request request, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ManageAgreementParties, PartyRelationships.Of(version), cancellationToken);
        new InputCheck().That(request.LastDay is not null, "lastDay", "validation.required").ThrowIfInvalid();
        version.End(request.LastDay!.Value);
        foreach (var party in version.Parties) party.EndWithVersion(request.LastDay.Value);
        audit.Record(actor, AuditEvent.AgreementEnded, "AgreementVersion", versionId, $"last day {request.LastDay:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

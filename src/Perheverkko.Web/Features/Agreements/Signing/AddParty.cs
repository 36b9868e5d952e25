using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// Accession: an organisation becomes a party to a version, also one already in force. It decides and signs like the
/// others; it is a party from the day its signing rule is met.
/// </summary>
public sealed class AddParty(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(Guid? OrganisationId, string? ListedName);

    public async Task<Guid> HandleAsync(Actor? actor, Guid versionId, Request request, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ManageAgreementParties, PartyRelationships.Of(version), cancellationToken);
        new InputCheck().That(request.OrganisationId is not null, "organisationId", "validation.required")
            .Optional("listedName", request.ListedName, 300).ThrowIfInvalid();
        RuleCheck.That(version.Status != AgreementStatus.Ended, SigningRules.AccessionClosed);
        // Only an organisation of the version's own region can be its party.
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == request.OrganisationId && o.RegionId == version.RegionId, cancellationToken)
            ?? throw new NotFoundException(SigningRules.OrganisationNotFound);
        RuleCheck.That(version.Parties.All(p => p.OrganisationId != organisation.Id), SigningRules.AlreadyParty);
        var party = new Party(Guid.CreateVersion7(), versionId, organisation.Id, request.ListedName.TrimmedOrNull() ?? organisation.Name.Fi,
            version.Parties.Select(p => p.Position).DefaultIfEmpty(0).Max() + 1);
        db.Parties.Add(party);
        audit.Record(actor, AuditEvent.PartyAdded, "Party", party.Id, $"{party.ListedName} to {version.Period}");
        await db.SaveChangesAsync(cancellationToken);
        return party.Id;
    }
}

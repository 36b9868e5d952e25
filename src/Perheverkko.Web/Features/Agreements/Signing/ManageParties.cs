using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
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
        await access.RequireAsync(actor, StaffAction.ManageAgreementParties, null, "AgreementVersion", versionId, cancellationToken);
        new InputCheck().That(request.OrganisationId is not null, "organisationId", "validation.required")
            .Optional("listedName", request.ListedName, 300).ThrowIfInvalid();
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        RuleCheck.That(version.Status != AgreementStatus.Ended, SigningRules.AccessionClosed);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken)
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

/// <summary>The coordinator records that a party leaves other than by notice, with its last day.</summary>
public sealed class RecordLeaving(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(DateOnly? LastDay);

    public async Task HandleAsync(Actor? actor, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageAgreementParties, null, "Organisation", organisationId, cancellationToken);
        new InputCheck().That(request.LastDay is not null, "lastDay", "validation.required").ThrowIfInvalid();
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        party.Leave(request.LastDay!.Value);
        audit.Record(actor, AuditEvent.PartyLeft, "Party", party.Id, $"last day {request.LastDay:yyyy-MM-dd}");
        // The one holding the round up has left: the others may now be complete.
        if (await SigningData.SettleAsync(db, version, await SigningData.EventsAsync(db, versionId, cancellationToken), cancellationToken))
            audit.Record(actor, AuditEvent.AgreementEnteredIntoForce, "AgreementVersion", versionId, $"in force from {version.InForceFrom:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A version in force ends (its period is over, or the next version replaced it) on a last day.</summary>
public sealed class EndAgreementVersion(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(DateOnly? LastDay);

    public async Task HandleAsync(Actor? actor, Guid versionId, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageAgreementParties, null, "AgreementVersion", versionId, cancellationToken);
        new InputCheck().That(request.LastDay is not null, "lastDay", "validation.required").ThrowIfInvalid();
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        version.End(request.LastDay!.Value);
        foreach (var party in version.Parties) party.EndWithVersion(request.LastDay.Value);
        audit.Record(actor, AuditEvent.AgreementEnded, "AgreementVersion", versionId, $"last day {request.LastDay:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

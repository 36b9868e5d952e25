using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// A party names who signs for it: one office-holder, or two who sign together. They must have staff accounts of the
/// party's organisation (signing needs a sign-in with a second factor). Each is also listed as a signatory in the
/// organisation's contact persons, which is what the annex (001 §23) lists.
/// </summary>
public sealed class NameSignatories(PerheverkkoDb db, AccessControl access, AuditLog audit, Outbox outbox, PublicAddress links, TimeProvider clock)
{
    public sealed record Request(SigningRule? Rule, IReadOnlyList<Guid>? StaffUserIds);

    public async Task HandleAsync(Actor? actor, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        await access.RequireAsync(actor, StaffAction.NameSignatories, PartyRelationships.Of(party, version.RegionId), cancellationToken);
        new InputCheck().Defined("rule", request.Rule)
            .That(request.StaffUserIds is { Count: > 0 }, "signatories", "validation.required")
            .ThrowIfInvalid();
        var ids = request.StaffUserIds!.ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id) && u.OrganisationId == organisationId).ToListAsync(cancellationToken);
        RuleCheck.That(users.Count == ids.Distinct().Count(), SigningRules.SignatoryNotStaff);
        var anySigned = await db.SigningEvents.AnyAsync(e => e.PartyId == party.Id, cancellationToken);
        var signatories = ids.Select(id => users.Single(u => u.Id == id))
            .Select(u => new PartySignatory(Guid.CreateVersion7(), party.Id, u.Id, u.DisplayName, u.Email!)).ToList();
        db.PartySignatories.RemoveRange(party.Signatories);
        party.NameSignatories(request.Rule!.Value, signatories, anySigned);
        db.PartySignatories.AddRange(signatories);

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = await db.Organisations.Include(o => o.ContactPersons).SingleAsync(o => o.Id == organisationId, cancellationToken);
        foreach (var s in signatories.Where(s => !organisation.ContactPersons.Any(c => c.Email == s.Email.ToLowerInvariant() && c.Role == ContactRole.Signatory)))
            organisation.AddContactPerson(s.Name, s.Email, ContactRole.Signatory, null, now);
        var signingOpen = version.Status == AgreementStatus.OutForSigning || (version.Status == AgreementStatus.InForce && party.JoinedOn is null);
        if (signingOpen)
            foreach (var s in signatories) SigningMail.Enqueue(outbox, links, version, s, party.ListedName, SigningMailKind.Invitation, now);
        audit.Record(actor, AuditEvent.SignatoriesNamed, "Party", party.Id, $"{request.Rule}: {signatories.Count} signatories");
        await db.SaveChangesAsync(cancellationToken);
    }
}

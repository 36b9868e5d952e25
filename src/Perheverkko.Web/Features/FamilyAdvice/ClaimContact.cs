using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>A worker takes a contact: it is theirs to answer.</summary>
public sealed class ClaimContact(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").ThrowIfInvalid();
        contact.Claim(request.Version!.Value, allowed.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.FamilyContactAssigned, FamilyAdviceRelationships.ContactType, contact.Id, "claimed", contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

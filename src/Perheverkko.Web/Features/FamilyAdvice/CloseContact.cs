using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>Closes a contact with its outcome (what the statistics count); the retention time starts from here.</summary>
public sealed class CloseContact(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, ContactOutcome? Outcome);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").Defined("outcome", request.Outcome).ThrowIfInvalid();
        contact.Close(request.Version!.Value, request.Outcome!.Value, allowed.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.FamilyContactClosed, FamilyAdviceRelationships.ContactType, contact.Id, request.Outcome.Value.ToString(), contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

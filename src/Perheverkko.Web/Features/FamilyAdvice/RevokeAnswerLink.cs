using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Revokes every link to the family's answer page (a link that reached the wrong person, say): the page then answers as
/// for a link that never existed. Later e-mail replies carry no link.
/// </summary>
public sealed class RevokeAnswerLink(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").ThrowIfInvalid();
        contact.RevokeAnswerLink(request.Version!.Value, allowed.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.AnswerLinkRevoked, FamilyAdviceRelationships.ContactType, contact.Id, regionId: contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

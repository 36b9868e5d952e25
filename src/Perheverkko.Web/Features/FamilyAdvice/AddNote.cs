using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>An internal note (sealed): the team sees it, the family never does.</summary>
public sealed class AddNote(PerheverkkoDb db, AccessControl access, AuditLog audit, ContentProtector protector, TimeProvider clock)
{
    public const int TextMaxLength = 4000;

    public sealed record Request(int? Version, string? Text);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .Required("text", request.Text, TextMaxLength).ThrowIfInvalid();
        RuleCheck.That(request.Version == contact.Version, FamilyAdviceRules.Stale);
        contact.Note(request.Version!.Value, protector.Seal(request.Text!.Trim())!, allowed.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.FamilyContactNoted, FamilyAdviceRelationships.ContactType, contact.Id, regionId: contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

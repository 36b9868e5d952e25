using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>A call back made, reached or not, with a short account of it (sealed). A call counts as the first answer.</summary>
public sealed class RecordCall(PerheverkkoDb db, AccessControl access, AuditLog audit, ContentProtector protector, TimeProvider clock)
{
    public const int SummaryMaxLength = 4000;

    public sealed record Request(int? Version, bool? Reached, string? Summary);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .That(request.Reached is not null, "reached", "validation.required")
            .Required("summary", request.Summary, SummaryMaxLength).ThrowIfInvalid();
        contact.RecordCall(request.Version!.Value, protector.Seal(request.Summary!.Trim())!, allowed.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        // Whether the family was reached is no one's words: the audit detail may say it.
        audit.Record(allowed, AuditEvent.FamilyContactReplied, FamilyAdviceRelationships.ContactType, contact.Id,
            request.Reached!.Value ? "call: reached" : "call: not reached", contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

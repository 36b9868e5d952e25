using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Guides the family to a published service or activity of the region's directory, with an optional word (sealed); the
/// family's page shows the entry's public link.
/// </summary>
public sealed class ReferContact(PerheverkkoDb db, AccessControl access, AuditLog audit, ContentProtector protector, TimeProvider clock)
{
    public const int TextMaxLength = 4000;

    public sealed record Request(int? Version, Guid? DirectoryEntryId, string? Text);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .That(request.DirectoryEntryId is not null, "directoryEntryId", "validation.required")
            .Optional("text", request.Text, TextMaxLength).ThrowIfInvalid();
        var target = request.DirectoryEntryId!.Value;
        var published = await db.Services.AnyAsync(s => s.Id == target && s.RegionId == contact.RegionId && s.State == PublicationState.Published, cancellationToken)
            || await db.Activities.AnyAsync(a => a.Id == target && a.RegionId == contact.RegionId && a.State == PublicationState.Published, cancellationToken);
        RuleCheck.That(published, FamilyAdviceRules.ReferralTargetNotFound);
        var text = string.IsNullOrWhiteSpace(request.Text) ? null : protector.Seal(request.Text.Trim());
        contact.Refer(request.Version!.Value, target, text, allowed.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.FamilyContactReferred, FamilyAdviceRelationships.ContactType, contact.Id, $"to {target}", contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

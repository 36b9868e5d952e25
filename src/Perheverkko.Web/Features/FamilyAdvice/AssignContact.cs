using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>Gives a contact to a member of its team (a contact in the regional queue is transferred to a team first).</summary>
public sealed class AssignContact(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, Guid? UserId);

    public async Task HandleAsync(Actor? actor, Guid contactId, Request request, CancellationToken cancellationToken)
    {
        var (contact, allowed) = await db.LoadForHandlingAsync(access, actor, contactId, withEntries: false, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .That(request.UserId is not null, "userId", "validation.required").ThrowIfInvalid();
        RuleCheck.That(contact.TeamId is { } teamId
            && await db.AdviceTeamMembers.AnyAsync(m => m.TeamId == teamId && m.UserId == request.UserId, cancellationToken), FamilyAdviceRules.WorkerNotInTeam);
        contact.Assign(request.Version!.Value, request.UserId!.Value, allowed.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.FamilyContactAssigned, FamilyAdviceRelationships.ContactType, contact.Id, $"to {request.UserId}", contact.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Ends a membership on a day: the history of who represented whom stays.</summary>
public sealed class EndMembership(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(DateOnly? To);

    public async Task HandleAsync(Actor? actor, Guid membershipId, Request request, CancellationToken cancellationToken)
    {
        var groupId = await db.Memberships.Where(m => m.Id == membershipId).Select(m => (Guid?)m.GroupId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MembershipNotFound);
        var group = await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MembershipNotFound);
        await access.RequireAsync(actor, StaffAction.ManageGroups, GroupRelationships.ObjectOf(group), cancellationToken);
        new InputCheck().That(request.To is not null, "to", "validation.required").ThrowIfInvalid();
        group.EndMembership(membershipId, request.To!.Value);
        audit.Record(actor, AuditEvent.MembershipEnded, "Membership", membershipId, $"to {request.To:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

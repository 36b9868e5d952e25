using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Sets how many members make a quorum in a group.</summary>
public sealed class SetGroupQuorum(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(QuorumThreshold? Quorum);

    public async Task HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        await access.RequireAsync(actor, StaffAction.ManageGroups, GroupRelationships.ObjectOf(group), cancellationToken);
        new InputCheck().Defined("quorum", request.Quorum).ThrowIfInvalid();
        group.SetQuorum(request.Quorum!.Value);
        audit.Record(actor, AuditEvent.GroupQuorumSet, "Group", groupId, request.Quorum.Value.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }
}

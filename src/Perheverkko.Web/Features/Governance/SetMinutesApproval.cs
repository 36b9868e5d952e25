using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Sets who approves a group's minutes: the chair, or the group at its next meeting.</summary>
public sealed class SetMinutesApproval(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(MinutesApproval? Approval);

    public async Task HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        await access.RequireAsync(actor, StaffAction.ManageGroups, GroupRelationships.ObjectOf(group), cancellationToken);
        new InputCheck().Defined("approval", request.Approval).ThrowIfInvalid();
        group.SetMinutesApproval(request.Approval!.Value);
        audit.Record(actor, AuditEvent.GroupMinutesApprovalSet, "Group", groupId, request.Approval.Value.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }
}

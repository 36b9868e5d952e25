using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>Chooses the chair, vice chair or secretary of a group for an agreement period (001 §8).</summary>
public sealed class AssignGroupRole(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(GroupRoleKind? Kind, Guid? AgreementVersionId, Guid? StaffUserId, string? Name, string? Email);

    public async Task<Guid> HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        var group = await db.Groups.Include(g => g.Roles).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        await access.RequireAsync(actor, StaffAction.ManageGroups, GroupRelationships.ObjectOf(group), cancellationToken);
        var check = new InputCheck()
            .Defined("kind", request.Kind)
            .That(request.AgreementVersionId is not null, "agreementVersionId", "validation.required");
        People.Check(check, request.StaffUserId, request.Name, request.Email);
        check.ThrowIfInvalid();

        RuleCheck.That(await db.AgreementVersions.AnyAsync(v => v.Id == request.AgreementVersionId && v.RegionId == group.RegionId, cancellationToken),
            GovernanceRules.PeriodNotFound);
        var person = await People.ResolveAsync(db, request.StaffUserId, request.Name, request.Email, cancellationToken);
        var role = group.AssignRole(request.Kind!.Value, request.AgreementVersionId!.Value, person, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.GroupRoleAssigned, "GroupRole", role.Id, $"group {groupId}, {role.Kind}");
        await db.SaveChangesAsync(cancellationToken);
        return role.Id;
    }
}

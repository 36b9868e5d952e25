using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// Names a person as a member of a group, or as a deputy for a member, representing an organisation. A person with
/// an account is named by it; anyone else by name and e-mail only (001 §19).
/// </summary>
public sealed class AddMembership(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(Guid? StaffUserId, string? Name, string? Email, Guid? OrganisationId, MembershipRole? Role,
        Guid? DeputyForId, DateOnly? From, DateOnly? To);

    public async Task<Guid> HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        var group = await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        await access.RequireAsync(actor, StaffAction.ManageGroups, GroupRelationships.ObjectOf(group), cancellationToken);
        var check = new InputCheck()
            .That(request.OrganisationId is not null, "organisationId", "validation.required")
            .Defined("role", request.Role)
            .That(request.From is not null, "from", "validation.required");
        People.Check(check, request.StaffUserId, request.Name, request.Email);
        check.ThrowIfInvalid();

        RuleCheck.That(await db.Organisations.AnyAsync(o => o.Id == request.OrganisationId, cancellationToken), GovernanceRules.OrganisationNotFound);
        var person = await People.ResolveAsync(db, request.StaffUserId, request.Name, request.Email, cancellationToken);
        var membership = group.AddMembership(person, request.OrganisationId!.Value, request.Role!.Value, request.DeputyForId,
            request.From!.Value, request.To, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.MembershipAdded, "Membership", membership.Id, $"group {groupId}, {membership.Role}");
        await db.SaveChangesAsync(cancellationToken);
        return membership.Id;
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
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
        await access.RequireAsync(actor, StaffAction.ManageGroups, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
        var check = new InputCheck()
            .That(request.OrganisationId is not null, "organisationId", "validation.required")
            .Defined("role", request.Role)
            .That(request.From is not null, "from", "validation.required");
        People.Check(check, request.StaffUserId, request.Name, request.Email);
        check.ThrowIfInvalid();

        var group = await db.Groups.Include(g => g.Memberships).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        RuleCheck.That(await db.Organisations.AnyAsync(o => o.Id == request.OrganisationId, cancellationToken), GovernanceRules.OrganisationNotFound);
        var person = await People.ResolveAsync(db, request.StaffUserId, request.Name, request.Email, cancellationToken);
        var membership = group.AddMembership(person, request.OrganisationId!.Value, request.Role!.Value, request.DeputyForId,
            request.From!.Value, request.To, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.MembershipAdded, "Membership", membership.Id, $"group {groupId}, {membership.Role}");
        await db.SaveChangesAsync(cancellationToken);
        return membership.Id;
    }
}

/// <summary>Ends a membership on a day: the history of who represented whom stays.</summary>
public sealed class EndMembership(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(DateOnly? To);

    public async Task HandleAsync(Actor? actor, Guid membershipId, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageGroups, objectType: "Membership", objectId: membershipId, cancellationToken: cancellationToken);
        new InputCheck().That(request.To is not null, "to", "validation.required").ThrowIfInvalid();
        var groupId = await db.Memberships.Where(m => m.Id == membershipId).Select(m => (Guid?)m.GroupId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.MembershipNotFound);
        var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Id == groupId, cancellationToken);
        group.EndMembership(membershipId, request.To!.Value);
        audit.Record(actor, AuditEvent.MembershipEnded, "Membership", membershipId, $"to {request.To:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Chooses the chair, vice chair or secretary of a group for an agreement period (001 §8).</summary>
public sealed class AssignGroupRole(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(GroupRoleKind? Kind, Guid? AgreementVersionId, Guid? StaffUserId, string? Name, string? Email);

    public async Task<Guid> HandleAsync(Actor? actor, Guid groupId, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ManageGroups, objectType: "Group", objectId: groupId, cancellationToken: cancellationToken);
        var check = new InputCheck()
            .Defined("kind", request.Kind)
            .That(request.AgreementVersionId is not null, "agreementVersionId", "validation.required");
        People.Check(check, request.StaffUserId, request.Name, request.Email);
        check.ThrowIfInvalid();

        var group = await db.Groups.Include(g => g.Roles).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.GroupNotFound);
        RuleCheck.That(await db.AgreementVersions.AnyAsync(v => v.Id == request.AgreementVersionId, cancellationToken), GovernanceRules.PeriodNotFound);
        var person = await People.ResolveAsync(db, request.StaffUserId, request.Name, request.Email, cancellationToken);
        var role = group.AssignRole(request.Kind!.Value, request.AgreementVersionId!.Value, person, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.GroupRoleAssigned, "GroupRole", role.Id, $"group {groupId}, {role.Kind}");
        await db.SaveChangesAsync(cancellationToken);
        return role.Id;
    }
}

/// <summary>A person named either by their staff account or by name and e-mail.</summary>
internal static class People
{
    public static void Check(InputCheck check, Guid? staffUserId, string? name, string? email)
    {
        if (staffUserId is not null) return;
        check.Required("name", name, GovernanceLimits.Name).Email("email", email);
    }

    public static async Task<PersonRef> ResolveAsync(PerheverkkoDb db, Guid? staffUserId, string? name, string? email, CancellationToken cancellationToken)
    {
        if (staffUserId is null) return new PersonRef(null, name!.Trim(), email!.Trim().ToLowerInvariant());
        var user = await db.Users.Where(u => u.Id == staffUserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.UserNotFound);
        return new PersonRef(staffUserId, user.DisplayName, (user.Email ?? "").ToLowerInvariant());
    }
}

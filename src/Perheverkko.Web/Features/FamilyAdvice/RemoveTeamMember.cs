using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Takes a worker out of a municipality's team. The team stays (empty, its contacts wait for new members and the
/// coordinator is reminded of overdue ones); contacts assigned to the worker stay theirs until reassigned.
/// </summary>
public sealed class RemoveTeamMember(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Request(Guid? MunicipalityId, Guid? UserId);

    public async Task HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilyAdvice, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        var regionId = allowed.RegionId ?? Guid.Empty;
        new InputCheck().That(request.MunicipalityId is not null, "municipalityId", "validation.required")
            .That(request.UserId is not null, "userId", "validation.required").ThrowIfInvalid();
        var team = await db.AdviceTeams.Include(t => t.Members).SingleOrDefaultAsync(t => t.MunicipalityId == request.MunicipalityId, cancellationToken);
        RuleCheck.That(team is not null, FamilyAdviceRules.NotMember);
        team!.RemoveMember(request.UserId!.Value);
        audit.Record(allowed, AuditEvent.AdviceTeamChanged, nameof(AdviceTeam), team.Id, $"removed {request.UserId}", regionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

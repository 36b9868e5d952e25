using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Names a staff account of the region to a municipality's Perheneuvo team (the local network's contact person, 003 §3.4);
/// the team is made with its first member. From then on the municipality's contacts go to the team's queue.
/// </summary>
public sealed class AddTeamMember(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(Guid? MunicipalityId, Guid? UserId);

    public async Task HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilyAdvice, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        var regionId = allowed.RegionId ?? Guid.Empty;
        new InputCheck().That(request.MunicipalityId is not null, "municipalityId", "validation.required")
            .That(request.UserId is not null, "userId", "validation.required").ThrowIfInvalid();
        RuleCheck.That(await db.Municipalities.AnyAsync(m => m.Id == request.MunicipalityId && m.RegionId == regionId, cancellationToken),
            FamilyAdviceRules.MunicipalityNotFound);
        RuleCheck.That(await db.Users.AnyAsync(u => u.Id == request.UserId && u.RegionId == regionId, cancellationToken), FamilyAdviceRules.WorkerNotStaff);
        var now = clock.GetUtcNow().UtcDateTime;
        var team = await db.AdviceTeams.Include(t => t.Members).SingleOrDefaultAsync(t => t.MunicipalityId == request.MunicipalityId, cancellationToken);
        if (team is null)
        {
            team = new AdviceTeam(Guid.CreateVersion7(), regionId, request.MunicipalityId!.Value, now);
            db.AdviceTeams.Add(team);
        }
        team.AddMember(request.UserId!.Value, now);
        audit.Record(allowed, AuditEvent.AdviceTeamChanged, nameof(AdviceTeam), team.Id, $"added {request.UserId}", regionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

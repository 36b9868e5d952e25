using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>Removes a policy of the organisation; refused while a volunteer who has not left acts under it (they would be uninsured unseen).</summary>
public sealed class RemoveInsurancePolicy(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid policyId, CancellationToken cancellationToken)
    {
        var policy = await db.InsurancePolicies.SingleOrDefaultAsync(p => p.Id == policyId, cancellationToken);
        if (policy is null || (actor is { IsNational: false } && policy.RegionId != actor.RegionId)) throw new NotFoundException(WorkforceRules.PolicyNotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, WorkforceAccess.Of(policy), cancellationToken);
        var today = HelsinkiTime.Today(clock);
        RuleCheck.That(!await db.Workers.AnyAsync(w => w.InsurancePolicyId == policyId && (w.LeftOn == null || w.LeftOn > today), cancellationToken),
            WorkforceRules.PolicyInUse);
        // Leavers kept for the retention period still point at it: their insurance date is the policy's, which is now gone.
        foreach (var leaver in await db.Workers.Where(w => w.InsurancePolicyId == policyId).ToListAsync(cancellationToken))
            db.Entry(leaver).Property(w => w.InsurancePolicyId).CurrentValue = null;
        db.InsurancePolicies.Remove(policy);
        audit.Record(allowed, AuditEvent.InsurancePolicyChanged, nameof(InsurancePolicy), policy.Id, "removed", policy.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Names a volunteer's support person (an employee of the same organisation) and the organisation's insurance policy
/// they act under (001 §17, §20); either may be cleared. Another organisation's person or policy reads as invalid, never
/// as found.
/// </summary>
public sealed class SetVolunteerSupport(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, Guid? SupportPersonId, Guid? InsurancePolicyId);

    public async Task HandleAsync(Actor? actor, Guid workerId, Request request, CancellationToken cancellationToken)
    {
        var (worker, allowed) = await db.LoadForManagingAsync(access, actor, workerId, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").ThrowIfInvalid();
        Worker? supportPerson = null;
        if (request.SupportPersonId is { } supportId)
        {
            supportPerson = await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.Id == supportId && w.OrganisationId == worker.OrganisationId, cancellationToken);
            RuleCheck.That(supportPerson is not null, WorkforceRules.SupportPersonInvalid);
        }
        InsurancePolicy? policy = null;
        if (request.InsurancePolicyId is { } policyId)
        {
            policy = await db.InsurancePolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == policyId && p.OrganisationId == worker.OrganisationId, cancellationToken);
            RuleCheck.That(policy is not null, WorkforceRules.PolicyNotFound);
        }
        worker.SetSupport(request.Version!.Value, supportPerson, policy, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.VolunteerSupportChanged, nameof(Worker), worker.Id,
            $"support {worker.SupportPersonId?.ToString() ?? "none"}, policy {worker.InsurancePolicyId?.ToString() ?? "none"}", worker.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

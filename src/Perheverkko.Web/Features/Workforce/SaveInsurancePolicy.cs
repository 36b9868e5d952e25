using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>Adds an insurance policy of the actor's organisation under which its volunteers act (001 §17, §20), or changes one (with an id).</summary>
public sealed class SaveInsurancePolicy(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Insurer, string? PolicyNumber, DateOnly? ValidUntil);

    /// <returns>The policy's id.</returns>
    public async Task<Guid> HandleAsync(Actor? actor, Guid? policyId, Request request, CancellationToken cancellationToken)
    {
        InsurancePolicy? policy = null;
        Actor allowed;
        if (policyId is { } id)
        {
            policy = await db.InsurancePolicies.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            // Unknown and another region's read the same.
            if (policy is null || (actor is { IsNational: false } && policy.RegionId != actor.RegionId)) throw new NotFoundException(WorkforceRules.PolicyNotFound);
            allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, WorkforceAccess.Of(policy), cancellationToken);
        }
        else allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, await WorkforceAccess.OwnOrganisationAsync(db, actor, cancellationToken), cancellationToken);

        new InputCheck()
            .Required("insurer", request.Insurer, InsurancePolicy.InsurerMaxLength)
            .Required("policyNumber", request.PolicyNumber, InsurancePolicy.NumberMaxLength)
            .That(request.ValidUntil is not null, "validUntil", "validation.required")
            .ThrowIfInvalid();
        var organisationId = policy?.OrganisationId ?? allowed.OrganisationId!.Value;
        var number = request.PolicyNumber!.Trim();
        RuleCheck.That(!await db.InsurancePolicies.AnyAsync(p => p.OrganisationId == organisationId && p.PolicyNumber == number && p.Id != policyId, cancellationToken),
            WorkforceRules.PolicyNumberTaken);

        var now = clock.GetUtcNow().UtcDateTime;
        if (policy is null)
        {
            var regionId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.RegionId).SingleAsync(cancellationToken);
            policy = new InsurancePolicy(Guid.CreateVersion7(), regionId, organisationId, request.Insurer!.Trim(), number, request.ValidUntil!.Value, now);
            db.InsurancePolicies.Add(policy);
        }
        else policy.Change(request.Insurer!.Trim(), number, request.ValidUntil!.Value, now);
        audit.Record(allowed, AuditEvent.InsurancePolicyChanged, nameof(InsurancePolicy), policy.Id,
            $"{(policyId is null ? "added" : "changed")}, valid until {policy.ValidUntil:yyyy-MM-dd}", policy.RegionId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two saves of the same number at once: the unique index decides.
            throw new DomainRuleViolation(WorkforceRules.PolicyNumberTaken);
        }
        return policy.Id;
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>
/// Records that the leadership group processed the plan (001 §10), linked to the numbered decision in its minutes. The
/// decision is chosen from the region's leadership group's recorded decisions; the minutes are not changed.
/// </summary>
public sealed class RecordActionPlanProcessing(PerheverkkoDb db, AccessControl access, AuditLog audit, ActionPlanQueries queries, TimeProvider clock)
{
    public sealed record Request(Guid? DecisionId);

    public async Task HandleAsync(Actor? actor, int year, Request request, CancellationToken cancellationToken)
    {
        // The region's plan: asked before it is looked up, so a refusal reads the same whether the year has a plan or not.
        var allowed = await access.RequireAsync(actor, StaffAction.DraftActionPlan, ActionPlanAccess.New(actor), cancellationToken);
        var plan = await ActionPlanLoader.LoadAsync(db, actor, year, cancellationToken);
        new InputCheck().That(request.DecisionId is not null, "decisionId", "validation.required").ThrowIfInvalid();
        var decision = (await queries.DecisionChoicesAsync(plan.RegionId, cancellationToken)).SingleOrDefault(d => d.Id == request.DecisionId)
            ?? throw new DomainRuleViolation(ActionPlanRules.DecisionNotFound);
        plan.RecordProcessing(decision.Id, decision.MeetingId, decision.Label, decision.Day, clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.ActionPlanProcessed, nameof(ActionPlan), plan.Id, $"plan {year} processed, decision {decision.Label} of {decision.Day:yyyy-MM-dd}", plan.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

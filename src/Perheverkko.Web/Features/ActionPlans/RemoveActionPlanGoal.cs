using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>Removes a goal (with its resources) from a draft plan; the page asks to confirm first.</summary>
public sealed class RemoveActionPlanGoal(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, int year, Guid goalId, CancellationToken cancellationToken)
    {
        // The region's plan: asked before it is looked up, so a refusal reads the same whether the year has a plan or not.
        var allowed = await access.RequireAsync(actor, StaffAction.DraftActionPlan, ActionPlanAccess.New(actor), cancellationToken);
        var plan = await ActionPlanLoader.LoadAsync(db, actor, year, cancellationToken);
        var goal = plan.Goals.SingleOrDefault(g => g.Id == goalId) ?? throw new NotFoundException(ActionPlanRules.GoalNotFound);
        plan.RequireDraft();
        // The goal's comments go with it: they were about a goal that is no longer in the plan.
        db.ActionPlanComments.RemoveRange(db.ActionPlanComments.Where(c => c.GoalId == goalId));
        db.ActionPlanGoals.Remove(goal);
        plan.Touch(clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.ActionPlanSaved, nameof(ActionPlan), plan.Id, $"goal {goal.Id} removed", plan.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

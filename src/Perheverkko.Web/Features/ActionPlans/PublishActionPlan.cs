using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>Publishes a processed plan on the region's public site; from then on it is read-only.</summary>
public sealed class PublishActionPlan(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, int year, CancellationToken cancellationToken)
    {
        // The region's plan: asked before it is looked up, so a refusal reads the same whether the year has a plan or not.
        var allowed = await access.RequireAsync(actor, StaffAction.DraftActionPlan, ActionPlanAccess.New(actor), cancellationToken);
        var plan = await ActionPlanLoader.LoadAsync(db, actor, year, cancellationToken);
        plan.Publish(clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.ActionPlanPublished, nameof(ActionPlan), plan.Id, $"plan {year} published", plan.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

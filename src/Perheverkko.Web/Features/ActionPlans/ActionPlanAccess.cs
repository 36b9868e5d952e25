using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>A plan's access object carries its region only: the plan is the whole network's, not one organisation's.</summary>
internal static class ActionPlanAccess
{
    public static AccessObject Of(ActionPlan plan) => new(nameof(ActionPlan), plan.Id, plan.RegionId);

    /// <summary>A plan not written yet, in the reader's region.</summary>
    public static AccessObject New(Actor? actor) => new(nameof(ActionPlan), null, actor?.RegionId ?? Guid.Empty);
}

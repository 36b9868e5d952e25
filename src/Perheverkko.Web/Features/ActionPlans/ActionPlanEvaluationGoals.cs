using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Evaluations;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>
/// The year's action-plan goals as the municipal evaluation lists them (001 §18: the work is evaluated against the plan).
/// The plan of the evaluated year in whatever state it is: a plan the leadership group never formally processed was
/// still the year's plan the municipalities worked to. Goals in the plan's order, area by area.
/// </summary>
public sealed class ActionPlanEvaluationGoals(PerheverkkoDb db) : IEvaluationGoalSource
{
    public async Task<IReadOnlyList<EvaluationGoal>> GoalsAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var goals = await db.ActionPlanGoals.AsNoTracking().AcrossRegions()
            .Where(g => g.RegionId == regionId && db.ActionPlans.AcrossRegions().Any(p => p.Id == g.PlanId && p.Year == year))
            .ToListAsync(cancellationToken);
        return [.. goals.OrderBy(g => g.Area).ThenBy(g => g.Position).Select(g => new EvaluationGoal(g.Id, g.Title.In(language)))];
    }
}

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>A goal of the region's action plan of a year, as the evaluation form lists it.</summary>
public sealed record EvaluationGoal(Guid Id, string Title);

/// <summary>
/// Where the evaluation form finds the year's action-plan goals: the action plan implements it, so this feature does not
/// read the plan's tables (<c>ActionPlans.ActionPlanEvaluationGoals</c>). A year without a plan lists none, and the form
/// has only the municipality's welfare-plan goals.
/// </summary>
public interface IEvaluationGoalSource
{
    Task<IReadOnlyList<EvaluationGoal>> GoalsAsync(Guid regionId, int year, string language, CancellationToken cancellationToken);
}

using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>The action plan's rules (issue #17 item 1), each with its stable code and message, declared once.</summary>
public static class ActionPlanRules
{
    /// <summary>No plan for the year, or another region's: the same answer.</summary>
    public static readonly Rule NotFound = new("actionplan.not_found", "No action plan for that year.", RuleKind.NotFound);
    public static readonly Rule GoalNotFound = new("actionplan.goal_not_found", "No such goal in the plan.", RuleKind.NotFound);
    public static readonly Rule Exists = new("actionplan.exists", "The region already has an action plan for that year.", RuleKind.Conflict, Field: "year");
    public static readonly Rule SourceNotFound = new("actionplan.source_not_found", "There is no plan of that year to start from.", Field: "fromYear");
    /// <summary>A processed or published plan is what the leadership group saw: its goals and comments no longer change.</summary>
    public static readonly Rule NotDraft = new("actionplan.not_draft", "The plan is no longer a draft and cannot be changed.", RuleKind.Conflict);
    public static readonly Rule NotProcessed = new("actionplan.not_processed", "Record the leadership group's processing before publishing.", RuleKind.Conflict);
    public static readonly Rule NoGoals = new("actionplan.no_goals", "The plan has no goals yet.", RuleKind.Conflict);
    public static readonly Rule DecisionNotFound = new("actionplan.decision_not_found", "Choose a numbered decision of the region's leadership group.", Field: "decisionId");
    public static readonly Rule OrganisationInvalid = new("actionplan.organisation_invalid", "Choose organisations of the region.", Field: "responsible");
}

using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>The municipal evaluation's rules (issue 17 item 3), each with its stable code and message, declared once.</summary>
public static class EvaluationsRules
{
    /// <summary>Another region's municipality (or one that is not a municipality of the region) reads as none.</summary>
    public static readonly Rule NotFound = new("evaluation.not_found", "No such municipality or evaluation.", RuleKind.NotFound);
    public static readonly Rule Submitted = new("evaluation.submitted", "The evaluation has been submitted and can no longer be changed.", RuleKind.Conflict);
    public static readonly Rule Stale = new("evaluation.stale", "Someone else saved the evaluation after you opened it. Reload and try again.", RuleKind.Conflict);
    /// <summary>A row names an action-plan goal that is not a goal of the year's plan.</summary>
    public static readonly Rule UnknownGoal = new("evaluation.unknown_goal", "A goal is not one of the year's action plan.", Field: "rows");
    public static readonly Rule YearInvalid = new("evaluation.year_invalid", "Choose a year between 2000 and 2100.", Field: "year");
    public static readonly Rule NothingToSubmit = new("evaluation.nothing_to_submit", "Save the evaluation as a draft before submitting it.", RuleKind.Conflict);
}

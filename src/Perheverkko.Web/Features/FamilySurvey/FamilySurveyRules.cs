using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>The family survey's rules (issue 17 item 4 and its "Bad input"), each with its stable code and message, declared once.</summary>
public static class FamilySurveyRules
{
    /// <summary>A draft, another region's survey or one that does not exist: all read the same.</summary>
    public static readonly Rule NotFound = new("survey.not_found", "No such survey.", RuleKind.NotFound);
    public static readonly Rule Stale = new("survey.stale", "Someone else changed the survey after you opened it. Reload and try again.", RuleKind.Conflict);
    public static readonly Rule Closed = new("survey.closed", "The survey has closed and takes no more answers.", RuleKind.Conflict);
    /// <summary>Not opened yet, or today is outside its dates.</summary>
    public static readonly Rule NotOpen = new("survey.not_open", "The survey is not open for answers today.", RuleKind.Conflict);
    public static readonly Rule NotDraft = new("survey.not_draft", "The survey has already been opened.", RuleKind.Conflict);
    public static readonly Rule NoQuestions = new("survey.no_questions", "Add at least one question before opening the survey.", Field: "questions");
    public static readonly Rule HasAnswers = new("survey.has_answers", "The survey has answers: its questions can no longer change (the dates and texts around them can).", RuleKind.Conflict);
    public static readonly Rule ClosesBeforeOpening = new("survey.closes_before_opening", "The survey must close on or after the day it opens.", Field: "closesOn");
    /// <summary>One answer per browser: the browser's cookie says it has answered this survey.</summary>
    public static readonly Rule AlreadyAnswered = new("survey.already_answered", "This browser has already answered the survey. Thank you!", RuleKind.Conflict);
    public static readonly Rule UnknownOption = new("survey.unknown_option", "Choose one of the given options.", Field: "answers");
    public static readonly Rule AnswerRequired = new("survey.answer_required", "Please answer this question.", Field: "answers");
    public static readonly Rule MunicipalityUnknown = new("survey.municipality_unknown", "Choose a municipality of the region, or leave it empty.", Field: "municipalityId");
    public static readonly Rule YearTaken = new("survey.year_taken", "The region already has a survey for that year.", RuleKind.Conflict, Field: "year");
}

using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilySurvey;

public enum SurveyQuestionKind { SingleChoice, MultipleChoice, Scale, FreeText }

/// <summary>The age groups of the children a family may give (fixed, so the years can be compared).</summary>
public enum ChildAgeGroup { Expecting, Age0To2, Age3To6, Age7To12, Age13To17 }

/// <summary>A survey is built as a draft, opened (answers are taken between its dates) and closed for good.</summary>
public enum SurveyState { Draft, Open, Closed }

/// <summary>One question as the coordinator writes it; options for the choice kinds only.</summary>
public sealed record SurveyQuestionContent(SurveyQuestionKind Kind, LocalizedText Text, bool Required, IReadOnlyList<LocalizedText> Options);

/// <summary>What the coordinator sets: the texts, the dates (Helsinki, both included) and the optional background questions.</summary>
public sealed record SurveyContent(LocalizedText Title, LocalizedText Intro, DateOnly OpensOn, DateOnly ClosesOn, bool AskMunicipality, bool AskAgeGroup,
    IReadOnlyList<SurveyQuestionContent> Questions);

/// <summary>
/// The region's anonymous family survey of a year (issue 17 item 4; 001 §18; the 2021 survey of 004 is its template).
/// Answers are stored without anyone's identity, address or time (see <see cref="SurveyResponse"/>); once there are
/// answers the questions cannot change, so every answer means what it meant when it was given.
/// </summary>
public sealed class Survey : IRegionOwned
{
    public const int TitleMaxLength = 200;
    public const int IntroMaxLength = 2000;
    public const int QuestionMaxLength = 500;
    public const int OptionMaxLength = 200;
    public const int MaxQuestions = 40;
    public const int MaxOptions = 20;
    public const int FreeTextMaxLength = 2000;

    private Survey() { }

    public Survey(Guid id, Guid regionId, int year, SurveyContent content, DateTime now)
    {
        Id = id; RegionId = regionId; Year = year; State = SurveyState.Draft; CreatedAt = now; Version = 1;
        Apply(content, now);
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public int Year { get; private set; }
    public LocalizedText Title { get; private set; } = new("");
    public LocalizedText Intro { get; private set; } = new("");
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public bool AskMunicipality { get; private set; }
    public bool AskAgeGroup { get; private set; }
    public SurveyState State { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }
    public List<SurveyQuestion> Questions { get; private set; } = [];

    /// <summary>Whether a family may answer on a Helsinki day: opened, not closed, and within the dates.</summary>
    public bool TakesAnswersOn(DateOnly today) => State == SurveyState.Open && today >= OpensOn && today <= ClosesOn;

    /// <summary>Replaces the content; <paramref name="hasAnswers"/>: the questions are then fixed.</summary>
    public void Change(int version, SurveyContent content, bool hasAnswers, DateTime now)
    {
        RuleCheck.That(State != SurveyState.Closed, FamilySurveyRules.Closed);
        RuleCheck.That(version == Version, FamilySurveyRules.Stale);
        RuleCheck.That(!hasAnswers || SameQuestions(content), FamilySurveyRules.HasAnswers);
        Check(content);
        if (hasAnswers)
        {
            // Only the texts around the questions and the dates may change.
            Title = content.Title; Intro = content.Intro; OpensOn = content.OpensOn; ClosesOn = content.ClosesOn; UpdatedAt = now;
        }
        else Apply(content, now);
        Version++;
    }

    public void Open(int version, DateTime now)
    {
        RuleCheck.That(State == SurveyState.Draft, FamilySurveyRules.NotDraft);
        RuleCheck.That(version == Version, FamilySurveyRules.Stale);
        RuleCheck.That(Questions.Count > 0, FamilySurveyRules.NoQuestions);
        State = SurveyState.Open; UpdatedAt = now; Version++;
    }

    public void Close(int version, DateTime now)
    {
        RuleCheck.That(State == SurveyState.Open, FamilySurveyRules.NotOpen);
        RuleCheck.That(version == Version, FamilySurveyRules.Stale);
        State = SurveyState.Closed; UpdatedAt = now; Version++;
    }

    public static void Check(SurveyContent content) =>
        RuleCheck.That(content.ClosesOn >= content.OpensOn, FamilySurveyRules.ClosesBeforeOpening);

    private bool SameQuestions(SurveyContent content) =>
        content.AskMunicipality == AskMunicipality && content.AskAgeGroup == AskAgeGroup && content.Questions.Count == Questions.Count
        && content.Questions.Zip(Questions.OrderBy(q => q.Order)).All(p => p.First.Kind == p.Second.Kind && p.First.Required == p.Second.Required
            && p.First.Text == p.Second.Text && p.First.Options.SequenceEqual(p.Second.Options.OrderBy(o => o.Order).Select(o => o.Text)));

    private void Apply(SurveyContent content, DateTime now)
    {
        Title = content.Title; Intro = content.Intro; OpensOn = content.OpensOn; ClosesOn = content.ClosesOn;
        AskMunicipality = content.AskMunicipality; AskAgeGroup = content.AskAgeGroup; UpdatedAt = now;
        Questions.Clear();
        for (var i = 0; i < content.Questions.Count; i++)
        {
            var q = content.Questions[i];
            var question = new SurveyQuestion(Guid.CreateVersion7(), RegionId, Id, i, q.Kind, q.Text, q.Required);
            if (q.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice)
                for (var j = 0; j < q.Options.Count; j++) question.Options.Add(new SurveyOption(Guid.CreateVersion7(), RegionId, question.Id, j, q.Options[j]));
            Questions.Add(question);
        }
    }
}

public sealed class SurveyQuestion : IRegionOwned
{
    private SurveyQuestion() { }

    public SurveyQuestion(Guid id, Guid regionId, Guid surveyId, int order, SurveyQuestionKind kind, LocalizedText text, bool required)
    { Id = id; RegionId = regionId; SurveyId = surveyId; Order = order; Kind = kind; Text = text; Required = required; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid SurveyId { get; private set; }
    public int Order { get; private set; }
    public SurveyQuestionKind Kind { get; private set; }
    public LocalizedText Text { get; private set; } = new("");
    public bool Required { get; private set; }
    public List<SurveyOption> Options { get; private set; } = [];
}

public sealed class SurveyOption : IRegionOwned
{
    private SurveyOption() { }

    public SurveyOption(Guid id, Guid regionId, Guid questionId, int order, LocalizedText text)
    { Id = id; RegionId = regionId; QuestionId = questionId; Order = order; Text = text; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid QuestionId { get; private set; }
    public int Order { get; private set; }
    public LocalizedText Text { get; private set; } = new("");
}

/// <summary>
/// One family's submission: nothing of who sent it — no account, no address, no identifier, and the Helsinki date but
/// not the time (a time could be matched with a web server's or a proxy's log). The background answers are copied to
/// every <see cref="SurveyAnswer"/>, so the results are counted with one GROUP BY.
/// </summary>
public sealed class SurveyResponse : IRegionOwned
{
    private SurveyResponse() { }

    public SurveyResponse(Guid id, Guid regionId, Guid surveyId, Guid? municipalityId, ChildAgeGroup? ageGroup, DateOnly answeredOn)
    { Id = id; RegionId = regionId; SurveyId = surveyId; MunicipalityId = municipalityId; AgeGroup = ageGroup; AnsweredOn = answeredOn; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid SurveyId { get; private set; }
    public Guid? MunicipalityId { get; private set; }
    public ChildAgeGroup? AgeGroup { get; private set; }
    public DateOnly AnsweredOn { get; private set; }
}

/// <summary>One chosen option (a choice question) or value (1–5 on a scale question) of a response: the unit the results count.</summary>
public sealed class SurveyAnswer : IRegionOwned
{
    private SurveyAnswer() { }

    public SurveyAnswer(Guid id, Guid regionId, Guid surveyId, Guid responseId, Guid questionId, Guid? optionId, int? value, Guid? municipalityId,
        ChildAgeGroup? ageGroup, DateOnly answeredOn)
    {
        Id = id; RegionId = regionId; SurveyId = surveyId; ResponseId = responseId; QuestionId = questionId; OptionId = optionId; Value = value;
        MunicipalityId = municipalityId; AgeGroup = ageGroup; AnsweredOn = answeredOn;
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid SurveyId { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid QuestionId { get; private set; }
    public Guid? OptionId { get; private set; }
    public int? Value { get; private set; }
    public Guid? MunicipalityId { get; private set; }
    public ChildAgeGroup? AgeGroup { get; private set; }
    public DateOnly AnsweredOn { get; private set; }
}

/// <summary>A free-text answer: read only by the coordinator (each read audited) and deleted at the year's end (000 §19).</summary>
public sealed class SurveyFreeText : IRegionOwned
{
    private SurveyFreeText() { }

    public SurveyFreeText(Guid id, Guid regionId, Guid surveyId, Guid responseId, Guid questionId, string text, DateOnly answeredOn)
    { Id = id; RegionId = regionId; SurveyId = surveyId; ResponseId = responseId; QuestionId = questionId; Text = text; AnsweredOn = answeredOn; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid SurveyId { get; private set; }
    public Guid ResponseId { get; private set; }
    public Guid QuestionId { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly AnsweredOn { get; private set; }
}

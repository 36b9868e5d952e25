using Perheverkko.Web.Features.Evaluations;
using Perheverkko.Web.Features.FamilySurvey;
using Perheverkko.Web.Features.FamilySurvey.Staff;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.YearCycle;

/// <summary>The pure rules of the family survey and the municipal evaluation (issue 17 items 3 and 4).</summary>
public sealed class SurveyAndEvaluationTests
{
    private static readonly DateTime Now = new(2027, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    private static Survey Template(DateOnly opens) => new(Guid.NewGuid(), Guid.NewGuid(), 2026, SurveyTemplate.For(2026, opens), Now);

    [Fact]
    public void The_template_asks_the_seven_themes_of_2021_then_what_more_and_a_free_word()
    {
        var content = SurveyTemplate.For(2026, new DateOnly(2027, 1, 10));
        Assert.Equal(9, content.Questions.Count);
        Assert.All(content.Questions.Take(7), q => Assert.Equal(SurveyQuestionKind.Scale, q.Kind));
        Assert.Equal(7, content.Questions[7].Options.Count);
        Assert.Equal(SurveyQuestionKind.FreeText, content.Questions[8].Kind);
        Assert.All(content.Questions, q => Assert.False(string.IsNullOrEmpty(q.Text.Sv) || string.IsNullOrEmpty(q.Text.En)));
        Assert.Equal((new DateOnly(2027, 1, 10), new DateOnly(2027, 2, 20)), (content.OpensOn, content.ClosesOn));
        Assert.True(content.AskMunicipality && content.AskAgeGroup);
    }

    [Fact]
    public void A_survey_takes_answers_only_when_open_and_within_its_dates_both_included()
    {
        var survey = Template(new DateOnly(2027, 1, 10));
        Assert.False(survey.TakesAnswersOn(new DateOnly(2027, 1, 10)));
        survey.Open(1, Now);
        Assert.False(survey.TakesAnswersOn(new DateOnly(2027, 1, 9)));
        Assert.True(survey.TakesAnswersOn(new DateOnly(2027, 1, 10)));
        Assert.True(survey.TakesAnswersOn(new DateOnly(2027, 2, 20)));
        Assert.False(survey.TakesAnswersOn(new DateOnly(2027, 2, 21)));
        Assert.Equal("survey.not_draft", Assert.Throws<DomainRuleViolation>(() => survey.Open(2, Now)).Rule.Code);
        survey.Close(2, Now);
        Assert.False(survey.TakesAnswersOn(new DateOnly(2027, 1, 15)));
        Assert.Equal("survey.not_open", Assert.Throws<DomainRuleViolation>(() => survey.Close(3, Now)).Rule.Code);
        Assert.Equal("survey.closed", Assert.Throws<DomainRuleViolation>(() => survey.Change(3, SurveyTemplate.For(2026, new DateOnly(2027, 1, 10)), false, Now)).Rule.Code);
    }

    [Fact]
    public void With_answers_only_the_texts_and_dates_change()
    {
        var survey = Template(new DateOnly(2027, 1, 10));
        var same = SurveyTemplate.For(2026, new DateOnly(2027, 1, 12));
        var ids = survey.Questions.Select(q => q.Id).ToList();
        survey.Change(1, same with { Title = new LocalizedText("Uusi otsikko") }, hasAnswers: true, Now);
        Assert.Equal(("Uusi otsikko", new DateOnly(2027, 1, 12)), (survey.Title.Fi, survey.OpensOn));
        Assert.Equal(ids, survey.Questions.Select(q => q.Id));
        var fewer = same with { Questions = [.. same.Questions.Take(8)] };
        Assert.Equal("survey.has_answers", Assert.Throws<DomainRuleViolation>(() => survey.Change(2, fewer, hasAnswers: true, Now)).Rule.Code);
        Assert.Equal("survey.closes_before_opening",
            Assert.Throws<DomainRuleViolation>(() => survey.Change(2, same with { ClosesOn = new DateOnly(2027, 1, 1) }, hasAnswers: false, Now)).Rule.Code);
    }

    [Fact]
    public void Options_are_typed_one_a_line_in_three_languages()
    {
        var options = EditModel.ParseOptions("Kyllä | Ja | Yes\n\n  Ei|Nej \nEhkä");
        Assert.Equal([new LocalizedTextInput("Kyllä", "Ja", "Yes"), new LocalizedTextInput("Ei", "Nej", null), new LocalizedTextInput("Ehkä", null, null)], options);
    }

    [Fact]
    public void An_evaluation_is_due_at_the_end_of_February_of_the_year_after_and_is_read_only_once_submitted()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), EvaluationSettings.DefaultDueOn(2026));
        Assert.Equal(new DateOnly(2028, 2, 29), EvaluationSettings.DefaultDueOn(2027));
        var evaluation = new MunicipalEvaluation(Guid.NewGuid(), Guid.NewGuid(), 2026, Guid.NewGuid(), Guid.NewGuid(), Now);
        evaluation.SaveDraft(null, [new EvaluationRowContent(EvaluationGoalKind.WelfarePlan, null, " Liikunta ", GoalStatus.Started, "  ")], Now);
        Assert.Equal(("Liikunta", (string?)null, 1), (evaluation.Rows[0].Title, evaluation.Rows[0].Narrative, evaluation.Version));
        Assert.Equal("evaluation.stale", Assert.Throws<DomainRuleViolation>(() => evaluation.Submit(2, Now)).Rule.Code);
        evaluation.Submit(1, Now);
        Assert.Equal(EvaluationState.Submitted, evaluation.State);
        Assert.Equal("evaluation.submitted", Assert.Throws<DomainRuleViolation>(() => evaluation.SaveDraft(2, [], Now)).Rule.Code);
    }
}

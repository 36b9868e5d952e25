using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>
/// Stores a family's answer to an open survey (issue 17 item 4): no account, no address, no identifier, the Helsinki
/// date without the time. Every refusal saves nothing: the rules are checked before anything is added, and the whole
/// answer is one SaveChanges.
/// </summary>
public sealed class SubmitSurveyAnswer(PerheverkkoDb db, RegionAddressQueries regions, TimeProvider clock)
{
    /// <param name="OptionIds">The chosen options (one for a single choice, any for a multiple choice).</param>
    /// <param name="Value">1–5 on a scale question.</param>
    public sealed record AnswerInput(Guid QuestionId, IReadOnlyList<Guid>? OptionIds, int? Value, string? Text);

    /// <param name="Website">The honeypot: people leave it empty.</param>
    public sealed record Request(Guid? MunicipalityId, ChildAgeGroup? AgeGroup, IReadOnlyList<AnswerInput>? Answers, string? Website = null);

    public async Task HandleAsync(string? regionSlug, Guid surveyId, Request request, IReadOnlyCollection<Guid> answeredInThisBrowser,
        CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        var survey = await db.Surveys.AsNoTracking().AcrossRegions().Include(s => s.Questions).ThenInclude(q => q.Options)
            .SingleOrDefaultAsync(s => s.Id == surveyId && s.RegionId == region.Id && s.State != SurveyState.Draft, cancellationToken)
            ?? throw new NotFoundException(FamilySurveyRules.NotFound);
        var today = HelsinkiTime.Today(clock);
        RuleCheck.That(survey.State != SurveyState.Closed && today <= survey.ClosesOn, FamilySurveyRules.Closed);
        RuleCheck.That(survey.TakesAnswersOn(today), FamilySurveyRules.NotOpen);
        RuleCheck.That(!answeredInThisBrowser.Contains(survey.Id), FamilySurveyRules.AlreadyAnswered);
        if (!string.IsNullOrEmpty(request.Website)) return;

        if (request.MunicipalityId is { } m)
            RuleCheck.That(survey.AskMunicipality && await db.Municipalities.AnyAsync(x => x.Id == m && x.RegionId == survey.RegionId, cancellationToken),
                FamilySurveyRules.MunicipalityUnknown);
        if (request.AgeGroup is { } group)
            RuleCheck.That(survey.AskAgeGroup && Enum.IsDefined(group), FamilySurveyRules.UnknownOption with { Field = "ageGroup" });
        var answers = request.Answers ?? [];
        var questions = survey.Questions.OrderBy(q => q.Order).ToList();
        RuleCheck.That(answers.All(a => questions.Any(q => q.Id == a.QuestionId)) && answers.DistinctBy(a => a.QuestionId).Count() == answers.Count,
            FamilySurveyRules.UnknownOption);

        var responseId = Guid.CreateVersion7();
        var rows = new List<SurveyAnswer>();
        var texts = new List<SurveyFreeText>();
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var field = $"answers[{i}]";
            var a = answers.FirstOrDefault(x => x.QuestionId == q.Id);
            var options = a?.OptionIds?.Distinct().ToList() ?? [];
            var text = a?.Text?.Trim();
            var given = q.Kind switch
            {
                SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice => options.Count > 0,
                SurveyQuestionKind.Scale => a?.Value is not null,
                _ => !string.IsNullOrEmpty(text),
            };
            RuleCheck.That(given || !q.Required, FamilySurveyRules.AnswerRequired with { Field = field });
            if (!given) continue;
            switch (q.Kind)
            {
                case SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice:
                    RuleCheck.That(options.All(o => q.Options.Any(x => x.Id == o)) && (q.Kind == SurveyQuestionKind.MultipleChoice || options.Count == 1),
                        FamilySurveyRules.UnknownOption with { Field = field });
                    rows.AddRange(options.Select(o => new SurveyAnswer(Guid.CreateVersion7(), survey.RegionId, survey.Id, responseId, q.Id, o, null,
                        request.MunicipalityId, request.AgeGroup, today)));
                    break;
                case SurveyQuestionKind.Scale:
                    RuleCheck.That(a!.Value is >= 1 and <= 5, FamilySurveyRules.UnknownOption with { Field = field });
                    rows.Add(new SurveyAnswer(Guid.CreateVersion7(), survey.RegionId, survey.Id, responseId, q.Id, null, a.Value, request.MunicipalityId,
                        request.AgeGroup, today));
                    break;
                default:
                    new InputCheck().Optional(field, text, Survey.FreeTextMaxLength).ThrowIfInvalid();
                    texts.Add(new SurveyFreeText(Guid.CreateVersion7(), survey.RegionId, survey.Id, responseId, q.Id, text!, today));
                    break;
            }
        }
        db.SurveyResponses.Add(new SurveyResponse(responseId, survey.RegionId, survey.Id, request.MunicipalityId, request.AgeGroup, today));
        db.SurveyAnswers.AddRange(rows);
        db.SurveyFreeTexts.AddRange(texts);
        await db.SaveChangesAsync(cancellationToken);
    }
}

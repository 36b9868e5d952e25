using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>Changes a survey's texts, dates and questions (version); once it has answers only the texts around the questions and the dates.</summary>
public sealed class SaveSurvey(PerheverkkoDb db, AccessControl access, AuditLog audit, FamilySurveyQueries queries, TimeProvider clock)
{
    public sealed record QuestionInput(SurveyQuestionKind? Kind, LocalizedTextInput? Text, bool Required, IReadOnlyList<LocalizedTextInput>? Options);

    /// <param name="OpensOn">The first Helsinki day answers are taken.</param>
    /// <param name="ClosesOn">The last Helsinki day answers are taken.</param>
    public sealed record Request(LocalizedTextInput? Title, LocalizedTextInput? Intro, DateOnly? OpensOn, DateOnly? ClosesOn, bool AskMunicipality,
        bool AskAgeGroup, IReadOnlyList<QuestionInput>? Questions, int? Version);

    public async Task HandleAsync(Actor? actor, Guid surveyId, Request request, CancellationToken cancellationToken)
    {
        var survey = await queries.LoadAsync(actor, surveyId, tracked: true, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilySurvey, SurveyAccess.Of(survey), cancellationToken);
        var questions = request.Questions ?? [];
        var check = new InputCheck();
        (request.Title ?? new LocalizedTextInput(null, null, null)).Check(check, "title", Survey.TitleMaxLength);
        if (request.Intro is { } intro && !string.IsNullOrWhiteSpace(intro.Fi + intro.Sv + intro.En)) intro.Check(check, "intro", Survey.IntroMaxLength);
        check.That(request.OpensOn is not null, "opensOn", "validation.required").That(request.ClosesOn is not null, "closesOn", "validation.required")
            .That(request.Version is not null, "version", "validation.required")
            .That(questions.Count <= Survey.MaxQuestions, "questions", "validation.too_many", Survey.MaxQuestions);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            check.Defined($"questions[{i}].kind", q.Kind);
            (q.Text ?? new LocalizedTextInput(null, null, null)).Check(check, $"questions[{i}].text", Survey.QuestionMaxLength);
            var options = q.Options ?? [];
            if (q.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice)
            {
                check.That(options.Count >= 2, $"questions[{i}].options", "survey.validation.two_options")
                    .That(options.Count <= Survey.MaxOptions, $"questions[{i}].options", "validation.too_many", Survey.MaxOptions);
                for (var j = 0; j < options.Count; j++) options[j].Check(check, $"questions[{i}].options[{j}]", Survey.OptionMaxLength);
            }
        }
        check.ThrowIfInvalid();
        var content = new SurveyContent(request.Title!.ToText(),
            request.Intro is { Fi: { Length: > 0 } } i2 ? i2.ToText() : new LocalizedText(""), request.OpensOn!.Value, request.ClosesOn!.Value,
            request.AskMunicipality, request.AskAgeGroup,
            [.. questions.Select(q => new SurveyQuestionContent(q.Kind!.Value, q.Text!.ToText(), q.Required,
                q.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice ? [.. (q.Options ?? []).Select(o => o.ToText())] : []))]);
        var hasAnswers = await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id, cancellationToken);
        var oldQuestions = survey.Questions.ToList();
        survey.Change(request.Version!.Value, content, hasAnswers, clock.GetUtcNow().UtcDateTime);
        if (!hasAnswers)
        {
            // The questions are replaced as a whole: no answer refers to them yet.
            db.SurveyQuestions.RemoveRange(oldQuestions);
            db.SurveyQuestions.AddRange(survey.Questions);
        }
        audit.Record(allowed, AuditEvent.FamilySurveyChanged, nameof(Survey), survey.Id, $"changed: {survey.Questions.Count} questions", survey.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

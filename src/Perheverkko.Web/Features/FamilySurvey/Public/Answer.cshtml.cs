using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilySurvey.Public;

/// <summary>
/// The family survey's public form (issue 17 item 4): no account, no script; sending is rate-limited per client address
/// (in memory), after which the address is forgotten for the request. The thanks are this POST's own response. On a
/// refusal everything the family chose is shown again with the message at its question.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.RateLimit)]
public sealed class AnswerModel(FamilySurveyQueries queries, SubmitSurveyAnswer submit) : PerheverkkoPage
{
    public sealed class AnswerInput
    {
        public Guid QuestionId { get; set; }
        public List<Guid> OptionIds { get; set; } = [];
        public int? Value { get; set; }
        public string? Text { get; set; }
    }

    public sealed class SurveyInput
    {
        public Guid? MunicipalityId { get; set; }
        public ChildAgeGroup? AgeGroup { get; set; }
        public List<AnswerInput> Answers { get; set; } = [];
    }

    [FromRoute] public Guid Id { get; set; }
    [FromRoute] public string? Region { get; set; }
    [BindProperty] public SurveyInput Input { get; set; } = new();
    [BindProperty(Name = PublicForms.Honeypot)] public string? Website { get; set; }
    public PublicSurveyView View { get; private set; } = null!;
    public bool Thanks { get; private set; }
    /// <summary>This browser has answered already: the form is not shown again.</summary>
    public bool AnsweredBefore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SurveyCookie.ForgetClientAddress(HttpContext);
        View = await queries.PublicAsync(Region, Id, cancellationToken);
        AnsweredBefore = SurveyCookie.Read(Request).Contains(Id);
        Input.Answers = [.. View.Questions.Select(q => new AnswerInput { QuestionId = q.Id })];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SurveyCookie.ForgetClientAddress(HttpContext);
        View = await queries.PublicAsync(Region, Id, cancellationToken);
        // Model binding's own messages ("The value 'x' is not valid") give way to the use case's, in the family's language.
        foreach (var key in ModelState.Keys.ToList()) ModelState[key]!.Errors.Clear();
        var request = new SubmitSurveyAnswer.Request(Input.MunicipalityId, Input.AgeGroup,
            [.. Input.Answers.Where(a => a.QuestionId != Guid.Empty).Select(a => new SubmitSurveyAnswer.AnswerInput(a.QuestionId, a.OptionIds, a.Value, a.Text))], Website);
        if (await TryAsync(() => submit.HandleAsync(Region, Id, request, SurveyCookie.Read(Request), cancellationToken)))
        {
            SurveyCookie.Remember(HttpContext, Id);
            Thanks = true;
            ModelState.Clear();
        }
        else
        {
            // The answers keep the questions' order, so each message finds its question.
            Input.Answers = [.. View.Questions.Select(q => Input.Answers.FirstOrDefault(a => a.QuestionId == q.Id) ?? new AnswerInput { QuestionId = q.Id })];
        }
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}

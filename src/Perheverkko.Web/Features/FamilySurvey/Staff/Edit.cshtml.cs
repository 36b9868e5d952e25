using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilySurvey.Staff;

/// <summary>
/// A survey: its texts, dates and questions (an empty question at the end adds one; options one per line as
/// "suomeksi | på svenska | in English"); opening and closing ask to confirm in a second step. Once it has answers the
/// questions are shown but not edited.
/// </summary>
public sealed class EditModel(FamilySurveyQueries queries, SaveSurvey save, OpenSurvey open, CloseSurvey close) : PerheverkkoPage
{
    public sealed class QuestionInput
    {
        public SurveyQuestionKind? Kind { get; set; }
        public LocalizedTextInput Text { get; set; } = new(null, null, null);
        public bool Required { get; set; }
        /// <summary>One option a line: "fi | sv | en".</summary>
        public string? Options { get; set; }
        public bool Remove { get; set; }
    }

    public sealed class SurveyInput
    {
        public LocalizedTextInput Title { get; set; } = new(null, null, null);
        public LocalizedTextInput Intro { get; set; } = new(null, null, null);
        public DateOnly? OpensOn { get; set; }
        public DateOnly? ClosesOn { get; set; }
        public bool AskMunicipality { get; set; }
        public bool AskAgeGroup { get; set; }
        public List<QuestionInput> Questions { get; set; } = [];
    }

    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public SurveyInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    public SurveyStaffView View { get; private set; } = null!;
    /// <summary>"open" or "close" while that step waits for its confirmation.</summary>
    public string? Confirming { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.StaffViewAsync(Actor, Id, cancellationToken);
        Version = View.Version;
        Input = new SurveyInput
        {
            Title = LocalizedTextInput.From(View.Title), Intro = LocalizedTextInput.From(View.Intro), OpensOn = View.OpensOn, ClosesOn = View.ClosesOn,
            AskMunicipality = View.AskMunicipality, AskAgeGroup = View.AskAgeGroup,
            Questions = [.. View.Questions.Select(q => new QuestionInput
            {
                Kind = q.Kind, Text = LocalizedTextInput.From(q.Text), Required = q.Required,
                Options = string.Join("\n", q.Options.Select(o => string.Join(" | ", new[] { o.Text.Fi, o.Text.Sv ?? "", o.Text.En ?? "" }).TrimEnd(' ', '|'))),
            })],
        };
        AddBlankQuestion();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        foreach (var key in ModelState.Keys.ToList()) ModelState[key]!.Errors.Clear();
        View = await queries.StaffViewAsync(Actor, Id, cancellationToken);
        // A blank new question is none; a ticked one is removed. With answers the questions stay as they are.
        Input.Questions = View.HasAnswers
            ? [.. View.Questions.Select(q => new QuestionInput { Kind = q.Kind, Text = LocalizedTextInput.From(q.Text), Required = q.Required,
                Options = string.Join("\n", q.Options.Select(o => $"{o.Text.Fi} | {o.Text.Sv} | {o.Text.En}")) })]
            : [.. Input.Questions.Where(q => !q.Remove && !string.IsNullOrWhiteSpace(q.Text.Fi + q.Text.Sv + q.Text.En + q.Options))];
        var request = new SaveSurvey.Request(Input.Title, Input.Intro, Input.OpensOn, Input.ClosesOn, Input.AskMunicipality, Input.AskAgeGroup,
            [.. Input.Questions.Select(q => new SaveSurvey.QuestionInput(q.Kind, q.Text, q.Required, ParseOptions(q.Options)))], Version);
        if (await TryAsync(() => save.HandleAsync(Actor, Id, request, cancellationToken)))
            return Redirect($"/staff/surveys/{Id}?done=saved");
        // An option's message is shown at the question's options box, where the options are typed.
        foreach (var key in ModelState.Keys.Where(k => k.Contains(".Options[", StringComparison.Ordinal)).ToList())
        {
            var box = key[..(key.IndexOf(".Options[", StringComparison.Ordinal) + ".Options".Length)];
            foreach (var error in ModelState[key]!.Errors) ModelState.AddModelError(box, error.ErrorMessage);
            ModelState.Remove(key);
        }
        AddBlankQuestion();
        return Page();
    }

    public Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken) =>
        StepAsync("open", () => open.HandleAsync(Actor, Id, new OpenSurvey.Request(Version), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        StepAsync("close", () => close.HandleAsync(Actor, Id, new CloseSurvey.Request(Version), cancellationToken), cancellationToken);

    private async Task<IActionResult> StepAsync(string step, Func<Task> run, CancellationToken cancellationToken)
    {
        var confirmed = Confirm;
        var version = Version;
        if (confirmed && await TryAsync(run, step))
            return Redirect($"/staff/surveys/{Id}?done={(step == "open" ? "opened" : "closed")}");
        // The first step only asks: nothing changes until the second.
        await OnGetAsync(cancellationToken);
        if (!confirmed) Confirming = step;
        Version = version;
        return Page();
    }

    private void AddBlankQuestion()
    {
        if (!View.HasAnswers && View.MayManage) Input.Questions.Add(new QuestionInput());
    }

    /// <summary>"fi | sv | en" a line into the options' texts; blank lines are left out.</summary>
    public static IReadOnlyList<LocalizedTextInput> ParseOptions(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l =>
        {
            var parts = l.Split('|').Select(p => p.Trim()).ToArray();
            string? Part(int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;
            return new LocalizedTextInput(Part(0), Part(1), Part(2));
        })];
}

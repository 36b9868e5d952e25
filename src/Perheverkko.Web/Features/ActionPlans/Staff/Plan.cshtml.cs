using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.ActionPlans.Staff;

/// <summary>
/// One year's plan: goals per area, comments, and for the coordinator the goal form, the leadership group's processing,
/// publishing (asks to confirm) and starting the next year from this one. Removing a goal asks to confirm as well.
/// </summary>
public sealed class PlanModel(ActionPlanQueries queries, CommunicationOwnerQueries communicationOwners, SaveActionPlanGoal saveGoal, RemoveActionPlanGoal removeGoal,
    CommentOnActionPlan comment, RecordActionPlanProcessing process, PublishActionPlan publish, StartActionPlan start) : PerheverkkoPage
{
    /// <summary>How many resource rows the form offers beyond the goal's own.</summary>
    public const int SpareResourceRows = 2;

    public sealed class ResourceRow
    {
        public Guid? OrganisationId { get; set; }
        public ResourceKind? Kind { get; set; }
        public string? Description { get; set; }
    }

    public sealed class GoalInput
    {
        public ActionPlanArea? Area { get; set; }
        public LocalizedTextInput Title { get; set; } = new(null, null, null);
        public LocalizedTextInput Description { get; set; } = new(null, null, null);
        public List<Guid> Responsible { get; set; } = [];
        public string? Measures { get; set; }
        public string? Indicator { get; set; }
        public List<ResourceRow> Resources { get; set; } = [];
    }

    public sealed class CommentInput
    {
        public Guid? GoalId { get; set; }
        public string? Text { get; set; }
    }

    [FromRoute] public int Year { get; set; }
    /// <summary>The goal being edited (none: a new one).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Goal { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public GoalInput Input { get; set; } = new();
    [BindProperty] public CommentInput Comment { get; set; } = new();
    [BindProperty] public Guid? DecisionId { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    public ActionPlanView View { get; private set; } = null!;
    public IReadOnlyList<CommunicationOwnerRow>? CommunicationOwners { get; private set; }
    /// <summary>The step that waits for its confirmation: "publish" or "remove".</summary>
    public string? Confirming { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Goal is { } id && View.Areas.SelectMany(a => a.Goals).FirstOrDefault(g => g.Id == id) is { } g)
            Input = new GoalInput
            {
                Area = g.Area, Title = LocalizedTextInput.From(g.Title), Description = LocalizedTextInput.From(g.Description),
                Responsible = g.Responsible.Select(r => r.Id).ToList(), Measures = g.Measures, Indicator = g.Indicator,
                Resources = g.Resources.Select(r => new ResourceRow { OrganisationId = r.OrganisationId, Kind = r.Kind, Description = r.Description }).ToList(),
            };
        else Goal = null;
    }

    public async Task<IActionResult> OnPostGoalAsync(CancellationToken cancellationToken)
    {
        // Empty resource rows are the form's spare lines, not resources.
        var resources = Input.Resources.Where(r => r.OrganisationId is not null || !string.IsNullOrWhiteSpace(r.Description))
            .Select(r => new SaveActionPlanGoal.ResourceInput(r.OrganisationId, r.Kind, r.Description)).ToList();
        var request = new SaveActionPlanGoal.Request(Input.Area, Input.Title, Input.Description, Input.Responsible, Input.Measures, Input.Indicator, resources);
        Guid saved = default;
        if (await TryAsync(async () => saved = await saveGoal.HandleAsync(Actor, Year, Goal, request, cancellationToken)))
            return Redirect($"/staff/action-plans/{Year}?done=goal_saved#goal-{saved}");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveGoalAsync(CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            Confirming = "remove";
            await LoadAsync(cancellationToken);
            return Page();
        }
        if (Goal is { } id && await TryAsync(() => removeGoal.HandleAsync(Actor, Year, id, cancellationToken)))
            return Redirect($"/staff/action-plans/{Year}?done=goal_removed");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => comment.HandleAsync(Actor, Year, new CommentOnActionPlan.Request(Comment.GoalId, Comment.Text), cancellationToken), "Comment"))
            return Redirect($"/staff/action-plans/{Year}?done=commented" + (Comment.GoalId is { } g ? $"#goal-{g}" : "#plan-comments"));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProcessAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => process.HandleAsync(Actor, Year, new RecordActionPlanProcessing.Request(DecisionId), cancellationToken), ""))
            return Redirect($"/staff/action-plans/{Year}?done=processed");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            // The first step only asks: nothing is published until the second.
            Confirming = "publish";
            await LoadAsync(cancellationToken);
            return Page();
        }
        if (await TryAsync(() => publish.HandleAsync(Actor, Year, cancellationToken), ""))
            return Redirect($"/staff/action-plans/{Year}?done=published");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => start.HandleAsync(Actor, new StartActionPlan.Request(Year + 1, Year), cancellationToken), ""))
            return Redirect($"/staff/action-plans/{Year + 1}?done=started");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        View = await queries.PlanAsync(Actor, Year, cancellationToken);
        // The communication area names the parties' communication owners (001 §14) for those who run the communication.
        if (await communicationOwners.MayViewAsync(Actor, cancellationToken)) CommunicationOwners = await communicationOwners.OwnersAsync(Actor, cancellationToken);
    }
}

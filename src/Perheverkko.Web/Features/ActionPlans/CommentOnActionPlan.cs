using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>A party's representative (or the coordinator) comments on a draft plan or one of its goals.</summary>
public sealed class CommentOnActionPlan(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="GoalId">None: a comment on the whole plan.</param>
    public sealed record Request(Guid? GoalId, string? Text);

    public async Task<Guid> HandleAsync(Actor? actor, int year, Request request, CancellationToken cancellationToken)
    {
        // The region's plan: asked before it is looked up, so a refusal reads the same whether the year has a plan or not.
        var allowed = await access.RequireAsync(actor, StaffAction.CommentOnActionPlan, ActionPlanAccess.New(actor), cancellationToken);
        var plan = await ActionPlanLoader.LoadAsync(db, actor, year, cancellationToken);
        if (request.GoalId is { } goalId && plan.Goals.All(g => g.Id != goalId)) throw new NotFoundException(ActionPlanRules.GoalNotFound);
        plan.RequireDraft();
        new InputCheck().Required("text", request.Text, ActionPlanComment.TextMaxLength).ThrowIfInvalid();
        var comment = new ActionPlanComment(Guid.CreateVersion7(), plan.RegionId, plan.Id, request.GoalId, allowed.UserId, allowed.Name, allowed.OrganisationId,
            request.Text!.Trim(), clock.GetUtcNow().UtcDateTime);
        db.ActionPlanComments.Add(comment);
        audit.Record(allowed, AuditEvent.ActionPlanCommented, nameof(ActionPlan), plan.Id, request.GoalId is { } g ? $"on goal {g}" : "on the plan", plan.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }
}

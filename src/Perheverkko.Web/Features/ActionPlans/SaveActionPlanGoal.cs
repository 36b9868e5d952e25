using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>Adds a goal to a draft plan (without a goal id) or changes one; its resources are replaced by those sent.</summary>
public sealed class SaveActionPlanGoal(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record ResourceInput(Guid? OrganisationId, ResourceKind? Kind, string? Description);

    public sealed record Request(ActionPlanArea? Area, LocalizedTextInput? Title, LocalizedTextInput? Description, IReadOnlyList<Guid>? Responsible,
        string? Measures, string? Indicator, IReadOnlyList<ResourceInput>? Resources);

    public async Task<Guid> HandleAsync(Actor? actor, int year, Guid? goalId, Request request, CancellationToken cancellationToken)
    {
        // The region's plan: asked before it is looked up, so a refusal reads the same whether the year has a plan or not.
        var allowed = await access.RequireAsync(actor, StaffAction.DraftActionPlan, ActionPlanAccess.New(actor), cancellationToken);
        var plan = await ActionPlanLoader.LoadAsync(db, actor, year, cancellationToken);
        var goal = goalId is { } id ? plan.Goals.SingleOrDefault(g => g.Id == id) ?? throw new NotFoundException(ActionPlanRules.GoalNotFound) : null;
        plan.RequireDraft();

        var check = new InputCheck();
        check.Defined("area", request.Area);
        (request.Title ?? new LocalizedTextInput(null, null, null)).Check(check, "title", ActionPlanGoal.TitleMaxLength);
        (request.Description ?? new LocalizedTextInput(null, null, null)).Check(check, "description", ActionPlanGoal.DescriptionMaxLength);
        check.Optional("measures", request.Measures, ActionPlanGoal.MeasuresMaxLength).Optional("indicator", request.Indicator, ActionPlanGoal.IndicatorMaxLength);
        var resources = request.Resources ?? [];
        for (var i = 0; i < resources.Count; i++)
        {
            check.That(resources[i].OrganisationId is not null, $"resources[{i}].organisationId", "validation.required")
                .Defined($"resources[{i}].kind", resources[i].Kind)
                .Required($"resources[{i}].description", resources[i].Description, ActionPlanResource.DescriptionMaxLength);
        }
        check.ThrowIfInvalid();

        var named = (request.Responsible ?? []).Concat(resources.Select(r => r.OrganisationId!.Value)).Distinct().ToList();
        var ofRegion = await db.Organisations.Where(o => o.RegionId == plan.RegionId && named.Contains(o.Id)).CountAsync(cancellationToken);
        RuleCheck.That(ofRegion == named.Count, ActionPlanRules.OrganisationInvalid);

        var content = new ActionPlanGoalContent(request.Area!.Value, request.Title!.ToText(), request.Description!.ToText(), (request.Responsible ?? []).Distinct().ToList(),
            request.Measures?.Trim() ?? "", request.Indicator?.Trim() ?? "");
        if (goal is null)
        {
            goal = new ActionPlanGoal(Guid.CreateVersion7(), plan.RegionId, plan.Id, null, plan.Goals.Count == 0 ? 1 : plan.Goals.Max(g => g.Position) + 1, content);
            db.ActionPlanGoals.Add(goal);
        }
        else
        {
            goal.Apply(content);
            db.ActionPlanResources.RemoveRange(goal.Resources);
        }
        foreach (var r in resources)
            db.ActionPlanResources.Add(new ActionPlanResource(Guid.CreateVersion7(), plan.RegionId, goal.Id, r.OrganisationId!.Value, r.Kind!.Value, r.Description!.Trim()));
        plan.Touch(clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.ActionPlanSaved, nameof(ActionPlan), plan.Id, $"goal {goal.Id} {(goalId is null ? "added" : "changed")} in {content.Area}", plan.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return goal.Id;
    }
}

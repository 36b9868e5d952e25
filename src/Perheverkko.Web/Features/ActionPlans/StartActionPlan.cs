using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>
/// Starts the region's plan of a year: empty, or as a copy of an earlier year's plan (001 §10: last year's plan is the
/// starting point of the next). Each copied goal remembers its source, so the comparison pairs them.
/// </summary>
public sealed class StartActionPlan(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="FromYear">The plan to copy; none: an empty plan.</param>
    public sealed record Request(int? Year, int? FromYear);

    public async Task<Guid> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.DraftActionPlan, ActionPlanAccess.New(actor), cancellationToken);
        var region = actor!.RegionId ?? throw new NotFoundException(ActionPlanRules.NotFound);
        new InputCheck().That(request.Year is >= 2000 and <= 2100, "year", "validation.required").ThrowIfInvalid();
        var year = request.Year!.Value;
        RuleCheck.That(!await db.ActionPlans.AnyAsync(p => p.RegionId == region && p.Year == year, cancellationToken), ActionPlanRules.Exists);
        ActionPlan? source = null;
        if (request.FromYear is { } from)
            source = await db.ActionPlans.AsNoTracking().Include(p => p.Goals).ThenInclude(g => g.Resources)
                .SingleOrDefaultAsync(p => p.RegionId == region && p.Year == from, cancellationToken) ?? throw new DomainRuleViolation(ActionPlanRules.SourceNotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = new ActionPlan(Guid.CreateVersion7(), region, year, source?.Id, now);
        db.ActionPlans.Add(plan);
        foreach (var goal in (source?.Goals ?? []).OrderBy(g => g.Position))
        {
            var copy = new ActionPlanGoal(Guid.CreateVersion7(), region, plan.Id, goal.Id, goal.Position,
                new ActionPlanGoalContent(goal.Area, goal.Title, goal.Description, goal.ResponsibleOrganisationIds, goal.Measures, goal.Indicator));
            copy.Resources.AddRange(goal.Resources.Select(r => new ActionPlanResource(Guid.CreateVersion7(), region, copy.Id, r.OrganisationId, r.Kind, r.Description)));
            plan.Goals.Add(copy);
        }
        audit.Record(allowed, AuditEvent.ActionPlanSaved, nameof(ActionPlan), plan.Id,
            source is null ? $"plan {year} started" : $"plan {year} started from {source.Year} ({plan.Goals.Count} goals)", region);
        await db.SaveChangesAsync(cancellationToken);
        return plan.Id;
    }
}

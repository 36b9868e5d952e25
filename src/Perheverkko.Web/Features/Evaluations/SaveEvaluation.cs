using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>Saves a municipality's evaluation of a year as a draft (the first save starts it); any number of times until it is submitted.</summary>
public sealed class SaveEvaluation(PerheverkkoDb db, AccessControl access, AuditLog audit, EvaluationsQueries queries, IEvaluationGoalSource goals, TimeProvider clock)
{
    /// <param name="Kind">ActionPlan (with GoalId) or WelfarePlan (with Title, entered by the municipality).</param>
    public sealed record RowInput(EvaluationGoalKind? Kind, Guid? GoalId, string? Title, GoalStatus? Status, string? Narrative);

    /// <param name="Version">The version read; none for the first save.</param>
    public sealed record Request(IReadOnlyList<RowInput>? Rows, int? Version);

    /// <returns>The evaluation's new version.</returns>
    public async Task<int> HandleAsync(Actor? actor, int year, Guid municipalityId, Request request, CancellationToken cancellationToken)
    {
        var regionId = await queries.RegionOfAsync(actor, cancellationToken);
        var municipality = await queries.MunicipalityAsync(regionId, municipalityId, cancellationToken);
        var evaluation = await db.MunicipalEvaluations.AcrossRegions().Include(e => e.Rows)
            .SingleOrDefaultAsync(e => e.RegionId == regionId && e.Year == year && e.MunicipalityId == municipalityId, cancellationToken);
        var allowed = await access.RequireAsync(actor, StaffAction.FillMunicipalEvaluation, EvaluationAccess.Of(evaluation?.Id, regionId, municipality.OrganisationId), cancellationToken);
        RuleCheck.That(year is >= EvaluationsQueries.MinYear and <= EvaluationsQueries.MaxYear, EvaluationsRules.YearInvalid);
        RuleCheck.That(evaluation is not { State: EvaluationState.Submitted }, EvaluationsRules.Submitted);

        // An action-plan goal the municipality has not touched yet (no status, no words) is not part of the draft: the form
        // lists every goal of the plan anyway, so a draft can be saved while some goals are still to be assessed.
        // Field names keep the posted rows' positions, so a message lands next to its own field.
        static bool Untouched(RowInput r) => r.Kind == EvaluationGoalKind.ActionPlan && r.Status is null && string.IsNullOrWhiteSpace(r.Narrative);
        var rows = request.Rows ?? [];
        var check = new InputCheck().That(rows.Count <= MunicipalEvaluation.MaxRows, "rows", "validation.too_many", MunicipalEvaluation.MaxRows)
            .That(evaluation is null || request.Version is not null, "version", "validation.required");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (Untouched(r)) continue;
            check.Defined($"rows[{i}].kind", r.Kind).Defined($"rows[{i}].status", r.Status)
                .Optional($"rows[{i}].narrative", r.Narrative, MunicipalEvaluation.NarrativeMaxLength);
            if (r.Kind == EvaluationGoalKind.WelfarePlan) check.Required($"rows[{i}].title", r.Title, MunicipalEvaluation.TitleMaxLength);
            if (r.Kind == EvaluationGoalKind.ActionPlan) check.That(r.GoalId is not null, $"rows[{i}].goalId", "validation.required");
        }
        check.ThrowIfInvalid();

        var planGoals = await goals.GoalsAsync(regionId, year, "fi", cancellationToken);
        var content = new List<EvaluationRowContent>();
        foreach (var r in rows.Where(r => !Untouched(r)))
        {
            if (r.Kind == EvaluationGoalKind.ActionPlan)
            {
                var goal = planGoals.FirstOrDefault(g => g.Id == r.GoalId);
                RuleCheck.That(goal is not null, EvaluationsRules.UnknownGoal);
                content.Add(new EvaluationRowContent(EvaluationGoalKind.ActionPlan, goal!.Id, Shorten(goal.Title), r.Status!.Value, r.Narrative));
            }
            else content.Add(new EvaluationRowContent(EvaluationGoalKind.WelfarePlan, null, r.Title!, r.Status!.Value, r.Narrative));
        }
        // The plan's goals first, in the plan's order; then the municipality's own, in the order entered.
        content = [.. content.Where(c => c.Kind == EvaluationGoalKind.ActionPlan).OrderBy(c => planGoals.ToList().FindIndex(g => g.Id == c.GoalId)),
            .. content.Where(c => c.Kind == EvaluationGoalKind.WelfarePlan)];

        var now = clock.GetUtcNow().UtcDateTime;
        if (evaluation is null)
        {
            evaluation = new MunicipalEvaluation(Guid.CreateVersion7(), regionId, year, municipalityId, municipality.OrganisationId, now);
            db.MunicipalEvaluations.Add(evaluation);
            evaluation.SaveDraft(null, content, now);
        }
        else
        {
            db.EvaluationRows.RemoveRange(evaluation.Rows);
            evaluation.SaveDraft(request.Version, content, now);
            db.EvaluationRows.AddRange(evaluation.Rows);
        }
        audit.Record(allowed, AuditEvent.MunicipalEvaluationSaved, nameof(MunicipalEvaluation), evaluation.Id,
            $"{year}, draft with {content.Count} goals", regionId);
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.Version;
    }

    private static string Shorten(string title) => title.Length <= MunicipalEvaluation.TitleMaxLength ? title : title[..MunicipalEvaluation.TitleMaxLength];
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>One municipality of the year's overview: its state, and whether the reader may open its form.</summary>
public sealed record EvaluationOverviewRow(Guid MunicipalityId, LocalizedText Municipality, EvaluationState State, DateTime? SubmittedAt, bool MayFill);

/// <summary>The year's evaluations of the region: every municipality with its state, the due date and whether it has passed.</summary>
public sealed record EvaluationYearView(int Year, DateOnly DueOn, int ReminderDays, bool RoundOpened, bool Overdue, IReadOnlyList<EvaluationOverviewRow> Rows,
    bool MayManage);

/// <summary>One goal on the form: its status and narrative as saved (none yet: null status).</summary>
public sealed record EvaluationRowView(EvaluationGoalKind Kind, Guid? GoalId, string Title, GoalStatus? Status, string? Narrative);

/// <summary>A municipality's evaluation of a year as its form shows it, with what the reader may do.</summary>
public sealed record EvaluationFormView(int Year, Guid MunicipalityId, LocalizedText Municipality, Guid OrganisationId, EvaluationState State, int Version,
    DateTime? SubmittedAt, DateOnly DueOn, IReadOnlyList<EvaluationRowView> Rows, bool MayEdit);

/// <summary>The municipality, its own organisation and its region, as the use cases resolve a route's municipality.</summary>
internal sealed record EvaluatedMunicipality(Guid MunicipalityId, LocalizedText Name, Guid OrganisationId, Guid RegionId);

/// <summary>The reads of the municipal evaluation: the year's overview for all staff, and a municipality's form for those who fill it.</summary>
public sealed class EvaluationsQueries(PerheverkkoDb db, AccessControl access, RegionAddressQueries regions, IEvaluationGoalSource goals)
{
    public const int MinYear = 2000, MaxYear = 2100;

    /// <summary>Whether the staff home links to the evaluations: every staff member of a region sees the year's overview.</summary>
    internal async Task<Guid> RegionOfAsync(Actor? actor, CancellationToken cancellationToken) =>
        await regions.IdForAsync(actor, cancellationToken);

    public async Task<EvaluationYearView> YearAsync(Actor? actor, int year, CancellationToken cancellationToken)
    {
        var regionId = await RegionOfAsync(actor, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, new AccessObject("YearCycle", null, regionId, null), cancellationToken);
        RuleCheck.That(year is >= MinYear and <= MaxYear, EvaluationsRules.YearInvalid);
        var settings = await db.EvaluationSettings.AsNoTracking().AcrossRegions().SingleOrDefaultAsync(s => s.RegionId == regionId && s.Year == year, cancellationToken);
        var municipalities = await MunicipalitiesAsync(regionId, cancellationToken);
        var evaluations = await db.MunicipalEvaluations.AsNoTracking().AcrossRegions().Where(e => e.RegionId == regionId && e.Year == year)
            .Select(e => new { e.Id, e.MunicipalityId, e.State, e.SubmittedAt }).ToListAsync(cancellationToken);
        var rows = new List<EvaluationOverviewRow>();
        foreach (var m in municipalities)
        {
            var e = evaluations.FirstOrDefault(x => x.MunicipalityId == m.MunicipalityId);
            var mayFill = AccessControl.PermittedByRole(actor, EvaluationAccess.Of(e?.Id, regionId, m.OrganisationId), StaffAction.FillMunicipalEvaluation).Count > 0;
            rows.Add(new EvaluationOverviewRow(m.MunicipalityId, m.Name, e?.State ?? EvaluationState.NotStarted, e?.SubmittedAt, mayFill));
        }
        var dueOn = settings?.DueOn ?? EvaluationSettings.DefaultDueOn(year);
        var mayManage = AccessControl.PermittedByRole(actor, EvaluationAccess.Round(regionId), StaffAction.FillMunicipalEvaluation).Count > 0;
        return new EvaluationYearView(year, dueOn, settings?.ReminderDays ?? EvaluationSettings.DefaultReminderDays, settings is not null,
            false, rows, mayManage);
    }

    public async Task<EvaluationFormView> FormAsync(Actor? actor, int year, Guid municipalityId, string language, CancellationToken cancellationToken)
    {
        var regionId = await RegionOfAsync(actor, cancellationToken);
        var municipality = await MunicipalityAsync(regionId, municipalityId, cancellationToken);
        var evaluation = await db.MunicipalEvaluations.AsNoTracking().AcrossRegions().Include(e => e.Rows)
            .SingleOrDefaultAsync(e => e.RegionId == regionId && e.Year == year && e.MunicipalityId == municipalityId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.FillMunicipalEvaluation, EvaluationAccess.Of(evaluation?.Id, regionId, municipality.OrganisationId), cancellationToken);
        RuleCheck.That(year is >= MinYear and <= MaxYear, EvaluationsRules.YearInvalid);
        var planGoals = await goals.GoalsAsync(regionId, year, language, cancellationToken);
        var saved = evaluation?.Rows.OrderBy(r => r.Order).ToList() ?? [];
        var rows = saved.Select(r => new EvaluationRowView(r.Kind, r.GoalId, r.Title, r.Status, r.Narrative)).ToList();
        // A draft lists every goal of the plan: a goal added to the plan after the draft was saved appears, unassessed.
        if (evaluation is not { State: EvaluationState.Submitted })
            rows.InsertRange(rows.Count(r => r.Kind == EvaluationGoalKind.ActionPlan),
                planGoals.Where(g => !saved.Any(r => r.GoalId == g.Id)).Select(g => new EvaluationRowView(EvaluationGoalKind.ActionPlan, g.Id, g.Title, null, null)));
        var settings = await db.EvaluationSettings.AsNoTracking().AcrossRegions().SingleOrDefaultAsync(s => s.RegionId == regionId && s.Year == year, cancellationToken);
        return new EvaluationFormView(year, municipality.MunicipalityId, municipality.Name, municipality.OrganisationId, evaluation?.State ?? EvaluationState.NotStarted,
            evaluation?.Version ?? 0, evaluation?.SubmittedAt, settings?.DueOn ?? EvaluationSettings.DefaultDueOn(year),
            [.. rows.OrderBy(r => r.Kind)], evaluation is not { State: EvaluationState.Submitted });
    }

    /// <summary>The region's municipalities that have their own organisation (kind municipality), in Finnish order.</summary>
    internal async Task<IReadOnlyList<EvaluatedMunicipality>> MunicipalitiesAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().AcrossRegions()
            .Where(o => o.RegionId == regionId && o.Kind == OrganisationKind.Municipality && o.MunicipalityId != null && o.ClosedOn == null)
            .Select(o => new { o.Id, MunicipalityId = o.MunicipalityId!.Value }).ToListAsync(cancellationToken);
        var ids = organisations.Select(o => o.MunicipalityId).ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        return [.. organisations.Select(o => new EvaluatedMunicipality(o.MunicipalityId, names.First(n => n.Id == o.MunicipalityId).Name, o.Id, regionId))
            .DistinctBy(m => m.MunicipalityId).OrderBy(m => m.Name.Fi, FinnishOrder)];
    }

    internal async Task<EvaluatedMunicipality> MunicipalityAsync(Guid regionId, Guid municipalityId, CancellationToken cancellationToken) =>
        (await MunicipalitiesAsync(regionId, cancellationToken)).FirstOrDefault(m => m.MunicipalityId == municipalityId)
        ?? throw new NotFoundException(EvaluationsRules.NotFound);

    private static readonly StringComparer FinnishOrder = StringComparer.Create(new System.Globalization.CultureInfo("fi"), false);
}

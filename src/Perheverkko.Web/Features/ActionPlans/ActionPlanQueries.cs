using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.ActionPlans;

public sealed record ActionPlanSummary(int Year, ActionPlanState State, int Goals, string? DecisionLabel, DateTime? PublishedAt);

/// <summary>The region's plans, newest first; <paramref name="MayDraft"/>: whether the reader may start one.</summary>
public sealed record ActionPlanListView(IReadOnlyList<ActionPlanSummary> Plans, bool MayDraft, int SuggestedYear);

public sealed record PlanChoice(Guid Id, LocalizedText Name);

public sealed record ResourceView(Guid OrganisationId, LocalizedText Organisation, ResourceKind Kind, string Description);

public sealed record CommentView(Guid Id, Guid? GoalId, string Author, LocalizedText? Organisation, string Text, DateTime CreatedAt);

public sealed record GoalView(Guid Id, ActionPlanArea Area, LocalizedText Title, LocalizedText Description, IReadOnlyList<PlanChoice> Responsible,
    string Measures, string Indicator, IReadOnlyList<ResourceView> Resources, IReadOnlyList<CommentView> Comments, Guid? SourceGoalId);

public sealed record AreaView(ActionPlanArea Area, IReadOnlyList<GoalView> Goals);

/// <summary>A numbered decision of the region's leadership group that a plan's processing can link to.</summary>
public sealed record DecisionChoice(Guid Id, Guid MeetingId, string Label, DateOnly Day, string Item);

/// <summary>
/// A plan as staff read it, with what the reader may do: <see cref="MayDraft"/> (change goals while a draft, record the
/// processing, publish, start the next year), <see cref="MayComment"/> (while a draft). Every area is listed, empty or not.
/// </summary>
public sealed record ActionPlanView(Guid Id, int Year, ActionPlanState State, string? DecisionLabel, DateOnly? ProcessedOn, Guid? DecisionMeetingId,
    DateTime? PublishedAt, IReadOnlyList<AreaView> Areas, IReadOnlyList<CommentView> PlanComments, bool MayDraft, bool MayComment, bool NextYearExists,
    IReadOnlyList<PlanChoice> Organisations, IReadOnlyList<DecisionChoice> Decisions, int? SourceYear);

/// <summary>A published plan as anyone reads it: no comments, no staff's names.</summary>
public sealed record PublicActionPlan(RegionAddress Region, int Year, string? DecisionLabel, DateOnly? ProcessedOn, DateTime PublishedAt, IReadOnlyList<AreaView> Areas);

public sealed record ActionPlanComparisonView(int Year, int OtherYear, IReadOnlyList<int> Years, IReadOnlyList<GoalChange> Changes);

/// <summary>The year's plan for the annual report and the year's hub: its state, decision and goals per area.</summary>
public sealed record ActionPlanYearSummary(int Year, ActionPlanState State, string? DecisionLabel, DateOnly? ProcessedOn, IReadOnlyDictionary<ActionPlanArea, int> GoalsPerArea);

/// <summary>The reads of action plans: the staff list, plan and comparison, and the public page of a published plan.</summary>
public sealed class ActionPlanQueries(PerheverkkoDb db, AccessControl access, RegionAddressQueries regions, TimeProvider clock)
{
    /// <summary>Whether the staff home links to the year cycle (the plan and the year clock): all staff of a region.</summary>
    public static bool MayViewYearCycle(Actor? actor) =>
        actor?.RegionId is not null && AccessControl.PermittedByRole(actor, ActionPlanAccess.New(actor), StaffAction.ViewYearCycle).Count > 0;

    public async Task<ActionPlanListView> ListAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var region = await RequireRegionAsync(actor, cancellationToken);
        var plans = await db.ActionPlans.AsNoTracking().Where(p => p.RegionId == region).OrderByDescending(p => p.Year)
            .Select(p => new ActionPlanSummary(p.Year, p.State, p.Goals.Count, p.DecisionLabel, p.PublishedAt)).ToListAsync(cancellationToken);
        var mayDraft = await access.PermitsAsync(actor, StaffAction.DraftActionPlan, ActionPlanAccess.New(actor), cancellationToken);
        var suggested = plans.Count > 0 ? plans[0].Year + 1 : HelsinkiTime.Today(clock).Year;
        return new ActionPlanListView(plans, mayDraft, suggested);
    }

    public async Task<ActionPlanView> PlanAsync(Actor? actor, int year, CancellationToken cancellationToken)
    {
        var region = await RequireRegionAsync(actor, cancellationToken);
        var plan = await db.ActionPlans.AsNoTracking().Include(p => p.Goals).ThenInclude(g => g.Resources)
            .SingleOrDefaultAsync(p => p.RegionId == region && p.Year == year, cancellationToken) ?? throw new NotFoundException(ActionPlanRules.NotFound);
        var on = ActionPlanAccess.Of(plan);
        var may = await access.PermittedAsync(actor, [on], [StaffAction.DraftActionPlan, StaffAction.CommentOnActionPlan], cancellationToken);
        var organisations = await OrganisationsAsync(region, cancellationToken);
        var comments = await db.ActionPlanComments.AsNoTracking().Where(c => c.PlanId == plan.Id).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        var commentViews = comments.Select(c => new CommentView(c.Id, c.GoalId, c.AuthorName, c.OrganisationId is { } o ? names.GetValueOrDefault(o) : null, c.Text, c.CreatedAt)).ToList();
        var mayDraft = may.Has(plan.Id, StaffAction.DraftActionPlan);
        var sourceYear = plan.SourcePlanId is { } s ? await db.ActionPlans.Where(p => p.Id == s).Select(p => (int?)p.Year).SingleOrDefaultAsync(cancellationToken) : null;
        return new ActionPlanView(plan.Id, plan.Year, plan.State, plan.DecisionLabel, plan.ProcessedOn, plan.DecisionMeetingId, plan.PublishedAt,
            Areas(plan, names, commentViews), commentViews.Where(c => c.GoalId is null).ToList(),
            mayDraft, plan.State == ActionPlanState.Draft && may.Has(plan.Id, StaffAction.CommentOnActionPlan),
            await db.ActionPlans.AnyAsync(p => p.RegionId == region && p.Year == year + 1, cancellationToken),
            organisations, mayDraft && plan.State != ActionPlanState.Published ? await DecisionChoicesAsync(region, cancellationToken) : [], sourceYear);
    }

    /// <summary>
    /// The numbered decisions of the region's leadership group (governance's minutes), newest first: the processing links
    /// to one of them. Read only; the minutes stay governance's.
    /// </summary>
    public async Task<IReadOnlyList<DecisionChoice>> DecisionChoicesAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var rows = await (from d in db.DecisionNumbers.AsNoTracking()
                          join g in db.Groups.AsNoTracking() on d.GroupId equals g.Id
                          join m in db.Meetings.AsNoTracking() on d.MeetingId equals m.Id
                          join i in db.AgendaItems.AsNoTracking() on d.AgendaItemId equals i.Id
                          where g.RegionId == regionId && g.Kind == GroupKind.Leadership
                          select new { d.Id, d.MeetingId, d.Number, d.Year, m.StartsAt, i.Title }).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.Number)
            .Select(r => new DecisionChoice(r.Id, r.MeetingId, $"§ {r.Number}/{r.Year}", HelsinkiTime.DateOf(r.StartsAt), r.Title)).ToList();
    }

    public async Task<ActionPlanComparisonView> CompareAsync(Actor? actor, int year, int? otherYear, CancellationToken cancellationToken)
    {
        var region = await RequireRegionAsync(actor, cancellationToken);
        var plans = await db.ActionPlans.AsNoTracking().Where(p => p.RegionId == region).Select(p => new { p.Id, p.Year }).ToListAsync(cancellationToken);
        var plan = plans.SingleOrDefault(p => p.Year == year) ?? throw new NotFoundException(ActionPlanRules.NotFound);
        var other = otherYear is { } oy ? plans.SingleOrDefault(p => p.Year == oy) ?? throw new NotFoundException(ActionPlanRules.NotFound)
            : plans.Where(p => p.Year < year).MaxBy(p => p.Year);
        var organisations = (await OrganisationsAsync(region, cancellationToken)).ToDictionary(o => o.Id, o => o.Name.Fi);
        var goals = await db.ActionPlanGoals.AsNoTracking().Include(g => g.Resources).Where(g => g.RegionId == region).ToListAsync(cancellationToken);
        var lineage = goals.ToDictionary(g => g.Id, g => g.SourceGoalId);
        GoalSnapshot Snap(ActionPlanGoal g) => new(g.Id, g.SourceGoalId, g.Area, g.Title.Fi, g.Description.Fi,
            string.Join(", ", g.ResponsibleOrganisationIds.Select(o => organisations.GetValueOrDefault(o) ?? "").Order()),
            g.Measures, string.Join("; ", g.Resources.Select(r => $"{organisations.GetValueOrDefault(r.OrganisationId)}: {r.Kind} {r.Description}").Order()), g.Indicator);
        var newer = goals.Where(g => g.PlanId == plan.Id).OrderBy(g => g.Position).Select(Snap).ToList();
        var older = other is null ? [] : goals.Where(g => g.PlanId == other.Id).OrderBy(g => g.Position).Select(Snap).ToList();
        return new ActionPlanComparisonView(year, other?.Year ?? year - 1, plans.Select(p => p.Year).Where(y => y != year).OrderDescending().ToList(),
            ActionPlanComparer.Compare(older, newer, lineage));
    }

    /// <summary>A published plan of the region (the default region's without a slug); anything else is not found.</summary>
    public async Task<PublicActionPlan> PublishedAsync(string? regionSlug, int year, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        var plan = await db.ActionPlans.AsNoTracking().AcrossRegions().Include(p => p.Goals).ThenInclude(g => g.Resources)
            .SingleOrDefaultAsync(p => p.RegionId == region.Id && p.Year == year && p.State == ActionPlanState.Published, cancellationToken)
            ?? throw new NotFoundException(ActionPlanRules.NotFound);
        var names = (await db.Organisations.AsNoTracking().AcrossRegions().Where(o => o.RegionId == region.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => o.Name);
        return new PublicActionPlan(region, plan.Year, plan.DecisionLabel, plan.ProcessedOn, plan.PublishedAt!.Value, Areas(plan, names, []));
    }

    /// <summary>The year's plan in brief (no access check: for the annual report's compilation, which checks its own).</summary>
    public async Task<ActionPlanYearSummary?> YearSummaryAsync(Guid regionId, int year, CancellationToken cancellationToken)
    {
        var plan = await db.ActionPlans.AsNoTracking().AcrossRegions().Include(p => p.Goals)
            .SingleOrDefaultAsync(p => p.RegionId == regionId && p.Year == year, cancellationToken);
        return plan is null ? null : new ActionPlanYearSummary(plan.Year, plan.State, plan.DecisionLabel, plan.ProcessedOn,
            Enum.GetValues<ActionPlanArea>().ToDictionary(a => a, a => plan.Goals.Count(g => g.Area == a)));
    }

    private static List<AreaView> Areas(ActionPlan plan, IReadOnlyDictionary<Guid, LocalizedText> names, IReadOnlyList<CommentView> comments) =>
        Enum.GetValues<ActionPlanArea>().Select(area => new AreaView(area, plan.Goals.Where(g => g.Area == area).OrderBy(g => g.Position)
            .Select(g => new GoalView(g.Id, g.Area, g.Title, g.Description,
                g.ResponsibleOrganisationIds.Where(names.ContainsKey).Select(o => new PlanChoice(o, names[o])).ToList(), g.Measures, g.Indicator,
                g.Resources.Select(r => new ResourceView(r.OrganisationId, names.GetValueOrDefault(r.OrganisationId) ?? new LocalizedText(""), r.Kind, r.Description)).ToList(),
                comments.Where(c => c.GoalId == g.Id).ToList(), g.SourceGoalId)).ToList())).ToList();

    /// <summary>The region's organisations (open ones), in Finnish order: who can be responsible for a goal or commit resources.</summary>
    private async Task<List<PlanChoice>> OrganisationsAsync(Guid regionId, CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Where(o => o.RegionId == regionId && o.ClosedOn == null).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => new PlanChoice(o.Id, o.Name)).OrderBy(o => o.Name.Fi, FinnishOrder).ToList();

    /// <summary>Every read needs ViewYearCycle in the reader's own region; a national administrator has no plan to read.</summary>
    private async Task<Guid> RequireRegionAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, ActionPlanAccess.New(actor), cancellationToken);
        return actor?.RegionId ?? throw new NotFoundException(ActionPlanRules.NotFound);
    }

    private static readonly StringComparer FinnishOrder = StringComparer.Create(new System.Globalization.CultureInfo("fi"), false);
}

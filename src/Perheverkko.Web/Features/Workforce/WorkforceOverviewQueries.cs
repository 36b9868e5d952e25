using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>How many published activities hold, lapse soon or have lapsed: one row of the coordinator's overview.</summary>
public sealed record StandingCounts(Guid Id, LocalizedText Name, int Holds, int LapsesSoon, int Lapsed)
{
    public int Total => Holds + LapsesSoon + Lapsed;
}

public sealed record WorkforceOverviewView(DateOnly Today, IReadOnlyList<StandingCounts> Organisations, IReadOnlyList<StandingCounts> Municipalities,
    StandingCounts Total);

/// <summary>One of the organisation's published activities whose workforce requirements lapse soon or have lapsed (the staff desk).</summary>
public sealed record ActivityNeedingAttention(Guid Id, LocalizedText Name, Standing Standing);

/// <summary>
/// The network's view of the workforce requirements (issue #16 item 6): counts of the region's published activities by
/// their responsible organisation and municipality, judged by <see cref="ActivityStandingQueries"/> — never a person's
/// name, so the coordinator sees how the network stands without seeing another organisation's people. And the staff
/// desk's list of the representative's own activities that need attention.
/// </summary>
public sealed class WorkforceOverviewQueries(PerheverkkoDb db, AccessControl access, ActivityStandingQueries standings, TimeProvider clock)
{
    public const string RegionObject = "WorkforceOverview";

    public static AccessObject OverviewOf(Guid regionId) => new(RegionObject, regionId, regionId);

    /// <param name="regionId">For a national administrator, which region; others see their own.</param>
    public async Task<WorkforceOverviewView> OverviewAsync(Actor? actor, Guid? regionId, CancellationToken cancellationToken)
    {
        var region = actor?.RegionId ?? regionId;
        if (region is null)
        {
            await access.RequireAsync(actor, StaffAction.ViewWorkforceOverview, null, cancellationToken);
            throw new NotFoundException(AccessRules.NotFound);
        }
        await access.RequireAsync(actor, StaffAction.ViewWorkforceOverview, OverviewOf(region.Value), cancellationToken);
        var today = HelsinkiTime.Today(clock);
        var activities = await db.Activities.AsNoTracking().Where(a => a.RegionId == region && a.State == PublicationState.Published)
            .Select(a => new { a.Id, a.OrganisationId, a.MunicipalityId }).ToListAsync(cancellationToken);
        var judged = await standings.OfActivitiesAsync(activities.Select(a => a.Id).ToList(), today, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.RegionId == region).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == region).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);

        StandingCounts Count(Guid id, LocalizedText name, IEnumerable<Guid> ids)
        {
            var of = ids.Select(i => judged.TryGetValue(i, out var s) ? s.Standing : Standing.Lapsed).ToList();
            return new StandingCounts(id, name, of.Count(s => s == Standing.Holds), of.Count(s => s == Standing.LapsesSoon), of.Count(s => s == Standing.Lapsed));
        }
        var finnish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false);
        var byOrganisation = activities.GroupBy(a => a.OrganisationId)
            .Select(g => Count(g.Key, organisations.GetValueOrDefault(g.Key) ?? new LocalizedText("?"), g.Select(a => a.Id)))
            .OrderBy(c => c.Name.Fi, finnish).ToList();
        var byMunicipality = activities.GroupBy(a => a.MunicipalityId)
            .Select(g => Count(g.Key, municipalities.GetValueOrDefault(g.Key) ?? new LocalizedText("?"), g.Select(a => a.Id)))
            .OrderBy(c => c.Name.Fi, finnish).ToList();
        return new WorkforceOverviewView(today, byOrganisation, byMunicipality, Count(region.Value, new LocalizedText(""), activities.Select(a => a.Id)));
    }

    /// <summary>Whether the staff home links the overview.</summary>
    public Task<bool> MayViewOverviewAsync(Actor? actor, CancellationToken cancellationToken) =>
        actor?.RegionId is { } region ? access.PermitsAsync(actor, StaffAction.ViewWorkforceOverview, OverviewOf(region), cancellationToken) : Task.FromResult(false);

    /// <summary>
    /// For a representative (or a coordinator, for their own organisation): the organisation's published activities —
    /// those it is responsible for and those its people work in — that lapse soon or have lapsed. Empty for anyone who
    /// does not keep an organisation's people.
    /// </summary>
    public async Task<IReadOnlyList<ActivityNeedingAttention>> NeedingAttentionAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var on = await WorkforceAccess.OwnOrganisationAsync(db, actor, cancellationToken);
        if (on.OrganisationId is not { } organisationId || !await access.PermitsAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken)) return [];
        var today = HelsinkiTime.Today(clock);
        var worksIn = db.ActivityTasks.Where(t => t.OrganisationId == organisationId).Select(t => t.ActivityId);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.State == PublicationState.Published && (a.OrganisationId == organisationId || worksIn.Contains(a.Id)))
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var judged = await standings.OfActivitiesAsync(activities.Select(a => a.Id).ToList(), today, cancellationToken);
        var finnish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false);
        return activities.Where(a => judged.TryGetValue(a.Id, out var s) && s.Standing != Standing.Holds)
            .Select(a => new ActivityNeedingAttention(a.Id, a.Name, judged[a.Id].Standing))
            .OrderByDescending(a => a.Standing).ThenBy(a => a.Name.Fi, finnish).ToList();
    }
}

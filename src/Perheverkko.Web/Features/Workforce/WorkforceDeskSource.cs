using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Home;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// The directory entries of the person's own organisation that its people's requirements hold back (the publish gate,
/// issue #16 item 5), for whoever keeps the organisation's people: drafted activities that cannot be published yet
/// (no leader named, or someone lacks a requirement), and published ones whose requirements lapse soon or have lapsed.
/// </summary>
public sealed class WorkforceDeskSource(PerheverkkoDb db, AccessControl access, WorkforceOverviewQueries overview,
    ActivityStandingQueries standings, Texts texts, TimeProvider clock) : IStaffDeskSource
{
    public async Task<IReadOnlyList<StaffDeskItem>> ItemsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var on = await WorkforceAccess.OwnOrganisationAsync(db, actor, cancellationToken);
        if (on.OrganisationId is not { } organisationId || !await access.PermitsAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken)) return [];

        var drafts = await db.Activities.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.RegionId == actor.RegionId && a.State == PublicationState.Draft)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var judged = await standings.OfActivitiesAsync(drafts.Select(a => a.Id).ToList(), HelsinkiTime.Today(clock), cancellationToken);
        var held = drafts.Where(a => !judged.TryGetValue(a.Id, out var s) || !s.LeaderNamed || s.Tasks.Any(t => t.Unmet.Count > 0))
            .Select(a => new StaffDeskEntry(a.Name.InCurrentCulture(), $"/staff/directory/activities/{a.Id}",
                texts[judged.TryGetValue(a.Id, out var s) && s.LeaderNamed ? "desk.workforce.requirements_missing" : "desk.workforce.no_leader"]))
            .OrderBy(e => e.Name, StringComparer.CurrentCulture).ToList();

        var lapsing = (await overview.NeedingAttentionAsync(actor, cancellationToken))
            .Select(a => new StaffDeskEntry(a.Name.InCurrentCulture(), $"/staff/directory/activities/{a.Id}", texts[$"desk.workforce.{a.Standing}"]))
            .ToList();

        return
        [
            new StaffDeskItem("desk.workforce.drafts_held", held.Count, "/staff/directory", held),
            new StaffDeskItem("desk.workforce.published_lapsing", lapsing.Count, "/staff/people", lapsing),
        ];
    }
}

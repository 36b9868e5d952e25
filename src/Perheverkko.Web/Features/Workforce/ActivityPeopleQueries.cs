using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>One of the viewer's own people in an activity, with what their task lacks.</summary>
public sealed record ActivityPersonView(Guid WorkerId, string Name, WorkerKind Kind, TaskRole Role, bool ChildrenWithoutGuardian,
    IReadOnlyList<Requirement> Unmet, DateOnly? NextLapse);

/// <summary>Another organisation's people in the activity: only how many, how many lead, and their standing — never names.</summary>
public sealed record OrganisationPeopleView(Guid OrganisationId, LocalizedText OrganisationName, int Count, int Leading, Standing Standing,
    IReadOnlyList<Requirement> Unmet);

/// <summary>
/// An activity's people as the viewer may see them: their own organisation's by name, the others' as counts. The
/// standing is <see cref="ActivityStandingQueries"/>' (the one judge). <paramref name="LeadersNote"/> is the earlier
/// free-text note, shown until replaced with people. <paramref name="MayName"/>: the viewer's organisation is the
/// responsible party or a co-organiser and the viewer manages its people.
/// </summary>
public sealed record ActivityPeopleView(Guid ActivityId, bool Published, Standing Standing, bool LeaderNamed, string? LeadersNote,
    IReadOnlyList<ActivityPersonView> OwnPeople, IReadOnlyList<OrganisationPeopleView> OtherOrganisations, bool MayName,
    IReadOnlyList<WorkerChoice> Choices);

/// <summary>
/// The people of an activity for the staff (issue #16 item 5), and the publish gate's answer for the directory
/// (<see cref="IActivityPublishCheck"/>): both read the standing from <see cref="ActivityStandingQueries"/>. Reading one's own
/// people by name is audited (<see cref="AuditEvent.WorkersRead"/>, a count, never names).
/// </summary>
public sealed class ActivityPeopleQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, ActivityStandingQueries standings, TimeProvider clock)
    : IActivityPublishCheck
{
    public async Task<ActivityPeopleView> OfActivityAsync(Actor? actor, Guid activityId, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null || (actor is { IsNational: false } && actor.RegionId != activity.RegionId)) throw new NotFoundException(WorkforceRules.ActivityNotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, WorkforceAccess.PeopleOf(actor, regionId: activity.RegionId), cancellationToken);
        var today = HelsinkiTime.Today(clock);
        var standing = (await standings.OfActivitiesAsync([activityId], today, cancellationToken))[activityId];
        var tasks = await db.ActivityTasks.AsNoTracking().Where(t => t.ActivityId == activityId).ToListAsync(cancellationToken);
        var own = allowed.OrganisationId;
        var ownIds = tasks.Where(t => t.OrganisationId == own).Select(t => t.WorkerId).ToList();
        var ownWorkers = await db.Workers.AsNoTracking().Where(w => w.OrganisationId == own && w.LeftOn == null || ownIds.Contains(w.Id))
            .Where(w => w.OrganisationId == own).OrderBy(w => w.Name).ToListAsync(cancellationToken);
        var judged = standing.Tasks.ToDictionary(t => t.WorkerId);
        var reminderDays = (await db.WorkforceSettingsOfAsync(activity.RegionId, activity.OrganisationId, cancellationToken)).ReminderDays;

        var ownPeople = tasks.Where(t => t.OrganisationId == own).Join(ownWorkers, t => t.WorkerId, w => w.Id, (t, w) => (t, w))
            .Select(p => new ActivityPersonView(p.w.Id, p.w.Name, p.w.Kind, p.t.Role, p.t.ChildrenWithoutGuardian,
                judged.GetValueOrDefault(p.w.Id)?.Unmet ?? [], judged.GetValueOrDefault(p.w.Id)?.NextLapse))
            .OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var otherTasks = tasks.Where(t => t.OrganisationId != own).ToList();
        var names = await OrganisationNamesAsync(otherTasks.Select(t => t.OrganisationId), cancellationToken);
        var others = otherTasks.GroupBy(t => t.OrganisationId).Select(g =>
        {
            var theirs = g.Select(t => judged.GetValueOrDefault(t.WorkerId)).OfType<TaskStanding>().ToList();
            var unmet = theirs.SelectMany(t => t.Unmet).Distinct().Order().ToList();
            var soon = theirs.Any(t => t.NextLapse is { } next && next <= today.AddDays(reminderDays));
            return new OrganisationPeopleView(g.Key, names.GetValueOrDefault(g.Key) ?? new LocalizedText(""), g.Count(), g.Count(t => t.Role == TaskRole.Leads),
                unmet.Count > 0 ? Standing.Lapsed : soon ? Standing.LapsesSoon : Standing.Holds, unmet);
        }).OrderBy(o => o.OrganisationName.Fi, StringComparer.CurrentCulture).ToList();

        var mayName = own is { } o && (activity.OrganisationId == o || activity.CoOrganiserIds.Contains(o));
        var named = tasks.Select(t => t.WorkerId).ToHashSet();
        var choices = mayName ? ownWorkers.Where(w => !w.HasLeft(today) && !named.Contains(w.Id)).Select(w => new WorkerChoice(w.Id, w.Name, w.Kind)).ToList() : [];
        await audit.RecordNowAsync(allowed, AuditEvent.WorkersRead, AuditOutcome.Succeeded, nameof(Activity), activityId,
            $"{ownPeople.Count} in the activity, {choices.Count} to choose from, of organisation {own}", cancellationToken, activity.RegionId);
        return new ActivityPeopleView(activityId, activity.IsPublished, standing.Standing, standing.LeaderNamed, activity.Leaders, ownPeople, others, mayName, choices);
    }

    /// <summary>For the staff activity page: the people as <see cref="OfActivityAsync"/> shows them, or null when the viewer manages no organisation's people.</summary>
    public async Task<ActivityPeopleView?> ForPageAsync(Actor? actor, Guid activityId, CancellationToken cancellationToken) =>
        actor is { OrganisationId: not null, RegionId: { } regionId }
        && await access.PermitsAsync(actor, StaffAction.ManageWorkforce, WorkforceAccess.PeopleOf(actor, regionId: regionId), cancellationToken)
            ? await OfActivityAsync(actor, activityId, cancellationToken)
            : null;

    /// <summary>Which of these activities' requirements have lapsed today: the staff lists' mark.</summary>
    public async Task<IReadOnlySet<Guid>> LapsedAsync(IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken)
    {
        var judged = await standings.OfActivitiesAsync(activityIds, HelsinkiTime.Today(clock), cancellationToken);
        return judged.Values.Where(s => s.Standing == Standing.Lapsed).Select(s => s.ActivityId).ToHashSet();
    }

    /// <summary>
    /// The publish gate's answer: whether a leader is named and who lacks what. The viewer's own people are named only when
    /// the viewer manages them; everyone else is counted per organisation.
    /// </summary>
    public async Task<ActivityPeopleGaps> GapsAsync(Actor? viewer, Guid activityId, CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(clock);
        if (!(await standings.OfActivitiesAsync([activityId], today, cancellationToken)).TryGetValue(activityId, out var standing))
            return ActivityPeopleGaps.NobodyNamed;
        var lacking = standing.Tasks.Where(t => t.Unmet.Count > 0).ToList();
        if (lacking.Count == 0) return new ActivityPeopleGaps(standing.LeaderNamed, []);
        var ids = lacking.Select(t => t.WorkerId).ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, w.Name, w.OrganisationId, w.RegionId }).ToDictionaryAsync(w => w.Id, cancellationToken);
        var own = viewer?.OrganisationId is { } o && workers.Values.FirstOrDefault() is { } any
                  && await access.PermitsAsync(viewer, StaffAction.ManageWorkforce, new AccessObject(nameof(Worker), null, any.RegionId, o), cancellationToken)
            ? o : (Guid?)null;
        var gaps = new List<PeopleGap>();
        foreach (var task in lacking.Where(t => workers[t.WorkerId].OrganisationId == own).OrderBy(t => workers[t.WorkerId].Name, StringComparer.CurrentCulture))
            gaps.Add(new PeopleGap(workers[task.WorkerId].Name, null, 1, task.Unmet.Select(Code).ToList()));
        var names = await OrganisationNamesAsync(workers.Values.Select(w => w.OrganisationId), cancellationToken);
        foreach (var group in lacking.Where(t => workers[t.WorkerId].OrganisationId != own).GroupBy(t => workers[t.WorkerId].OrganisationId))
            gaps.Add(new PeopleGap(null, names.GetValueOrDefault(group.Key)?.Fi ?? "", group.Count(), group.SelectMany(t => t.Unmet).Distinct().Order().Select(Code).ToList()));
        return new ActivityPeopleGaps(standing.LeaderNamed, gaps);
    }

    /// <summary>"CheckShown" → "check_shown": the code a text key and the API's message carry.</summary>
    public static string Code(Requirement requirement) =>
        string.Concat(requirement.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));


    private async Task<Dictionary<Guid, LocalizedText>> OrganisationNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }
}

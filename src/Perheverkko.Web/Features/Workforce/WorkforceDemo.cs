using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Fictional people for the demo programme (seeded only with <c>Seed:DemoData</c>): per responsible organisation one
/// employee who leads its published activities ("Ohjaaja Esimerkki 1") and one volunteer who helps where the note says
/// volunteers take part ("Vapaaehtoinen Esimerkki 1"), briefed, supported and insured under a demo policy valid well into
/// the future. Nobody here is real. The activities are judged by <see cref="WorkforceRequirements"/> like any other.
/// </summary>
public static class WorkforceDemo
{
    /// <param name="ChildrenWithoutGuardian">The task is with children without their guardian present (504/2002 §2).</param>
    public sealed record DemoActivity(Guid ActivityId, Guid OrganisationId, bool WithVolunteer, bool ChildrenWithoutGuardian);

    public sealed record Rows(IReadOnlyList<InsurancePolicy> Policies, IReadOnlyList<Worker> Workers, IReadOnlyList<ActivityTask> Tasks);

    public static Rows For(Guid regionId, IReadOnlyList<DemoActivity> activities, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var policies = new List<InsurancePolicy>();
        var workers = new List<Worker>();
        var tasks = new List<ActivityTask>();
        var number = 0;
        foreach (var organisation in activities.Select(a => a.OrganisationId).Distinct())
        {
            number++;
            var policy = new InsurancePolicy(SeedIds.For("insurance-policy", $"demo:{organisation}"), regionId, organisation, "Esimerkkivakuutus (demo)",
                $"DEMO-{number:000}", today.AddYears(5), now);
            var employee = new Worker(SeedIds.For("worker", $"demo-employee:{organisation}"), regionId, organisation, $"Ohjaaja Esimerkki {number}",
                null, WorkerKind.Employee, now);
            employee.RecordCheck(employee.Version, today.AddDays(-14), today.AddDays(-7), consent: false, volunteerCheckRequired: false, today, now);
            var volunteer = new Worker(SeedIds.For("worker", $"demo-volunteer:{organisation}"), regionId, organisation, $"Vapaaehtoinen Esimerkki {number}",
                null, WorkerKind.Volunteer, now);
            volunteer.RecordBriefing(volunteer.Version, today.AddDays(-30), employee.Name, today, now);
            volunteer.SetSupport(volunteer.Version, employee, policy, now);
            policies.Add(policy);
            workers.AddRange([employee, volunteer]);
            foreach (var a in activities.Where(a => a.OrganisationId == organisation))
            {
                tasks.Add(new ActivityTask(SeedIds.For("activity-task", $"demo:{a.ActivityId}:{employee.Id}"), regionId, a.ActivityId, employee.Id, organisation,
                    TaskRole.Leads, a.ChildrenWithoutGuardian, now));
                if (a.WithVolunteer)
                    tasks.Add(new ActivityTask(SeedIds.For("activity-task", $"demo:{a.ActivityId}:{volunteer.Id}"), regionId, a.ActivityId, volunteer.Id, organisation,
                        TaskRole.Helps, a.ChildrenWithoutGuardian, now));
            }
        }
        return new Rows(policies, workers, tasks);
    }

    /// <summary>What the activity's demo people lack, judged as the gate judges (nothing, if the demo is right).</summary>
    public static ActivityPeopleGaps GapsOf(Rows rows, Guid activityId, DateOnly today)
    {
        var tasks = rows.Tasks.Where(t => t.ActivityId == activityId).ToList();
        var judged = tasks.Select(t =>
        {
            var worker = rows.Workers.Single(w => w.Id == t.WorkerId);
            var policy = rows.Policies.SingleOrDefault(p => p.Id == worker.InsurancePolicyId);
            return WorkforceRequirements.Judge(worker, t.ChildrenWithoutGuardian, WorkforceSettings.Defaults(worker.RegionId, worker.OrganisationId), policy, today);
        }).ToList();
        var leaderNamed = tasks.Any(t => t.Role == TaskRole.Leads);
        return new ActivityPeopleGaps(leaderNamed, judged.Where(j => j.Unmet.Count > 0)
            .Select(j => new PeopleGap(rows.Workers.Single(w => w.Id == j.WorkerId).Name, null, 1, j.Unmet.Select(ActivityPeopleQueries.Code).ToList())).ToList());
    }
}

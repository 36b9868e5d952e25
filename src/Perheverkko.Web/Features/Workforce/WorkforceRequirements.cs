namespace Perheverkko.Web.Features.Workforce;

/// <summary>What a person's task in an activity, or an activity as a whole, requires (issue #16 items 2–5).</summary>
public enum Requirement
{
    /// <summary>The activity names at least one leader among the people of its responsible parties (001 §15).</summary>
    LeaderNamed,
    /// <summary>The person still works in the network's activities.</summary>
    StillWorking,
    /// <summary>An extract for work with children was shown (504/2002 for employees; for volunteers where the guideline requires it, 148/2014).</summary>
    CheckShown,
    /// <summary>The shown check is not due again under the organisation's re-check interval.</summary>
    CheckCurrent,
    /// <summary>A volunteer went through the ethical principles (001 §17).</summary>
    Briefed,
    /// <summary>A volunteer has a named support person (001 §17).</summary>
    SupportPerson,
    /// <summary>A volunteer acts under a valid insurance policy of the organisation (001 §17, §20).</summary>
    Insured,
}

public enum Standing
{
    /// <summary>Every requirement holds and none lapses within the organisation's reminder days.</summary>
    Holds,
    /// <summary>Every requirement holds today, but one lapses within the reminder days.</summary>
    LapsesSoon,
    /// <summary>A requirement does not hold.</summary>
    Lapsed,
}

/// <summary>A requirement that holds today and stops holding on <see cref="On"/> (a check due again, a policy's end).</summary>
public sealed record Lapse(Requirement Requirement, DateOnly On);

/// <summary>
/// One person's task, judged on a day: what does not hold, what will lapse when (<see cref="Lapses"/>), and of what does
/// not hold, what had a date it lapsed on (<see cref="Lapsed"/>: a check that fell due, a policy that ended), so the
/// reminders need not work the dates out again.
/// </summary>
public sealed record TaskStanding(Guid WorkerId, Guid OrganisationId, Guid RegionId, IReadOnlyList<Requirement> Unmet, IReadOnlyList<Lapse> Lapses,
    IReadOnlyList<Lapse> Lapsed)
{
    public DateOnly? NextLapse => Lapses.Count == 0 ? null : Lapses.Min(l => l.On);
}

/// <summary>An activity judged on a day: its missing leader, its people's tasks, and the standing they add up to.</summary>
public sealed record ActivityStanding(Guid ActivityId, bool LeaderNamed, IReadOnlyList<TaskStanding> Tasks, Standing Standing)
{
    public bool Holds => Standing != Standing.Lapsed;
}

/// <summary>
/// The rules of issue #16 in one place, as pure functions of the data the caller loads: the publish gate, the staff
/// marks, the overview's counts and the reminders all ask here, so they cannot disagree.
/// </summary>
public static class WorkforceRequirements
{
    /// <summary>
    /// Judges a person's task. An employee in a task with children without their guardian needs a shown, current check
    /// (504/2002 §2); a volunteer always needs briefing, a support person and valid insurance (001 §17), and a shown,
    /// current check for such a task only where the organisation's guideline requires it (148/2014).
    /// </summary>
    public static TaskStanding Judge(Worker worker, bool childrenWithoutGuardian, WorkforceSettings settings, InsurancePolicy? policy, DateOnly today)
    {
        var unmet = new List<Requirement>();
        var lapses = new List<Lapse>();
        var lapsed = new List<Lapse>();
        if (worker.HasLeft(today)) return new TaskStanding(worker.Id, worker.OrganisationId, worker.RegionId, [Requirement.StillWorking], [], []);
        var checkNeeded = childrenWithoutGuardian && (worker.Kind == WorkerKind.Employee || settings.VolunteerCheckRequired);
        if (checkNeeded)
        {
            if (!worker.HasCheck) unmet.Add(Requirement.CheckShown);
            else if (worker.CheckDueOn(settings.RecheckMonths) is { } due)
            {
                if (due <= today)
                {
                    unmet.Add(Requirement.CheckCurrent);
                    lapsed.Add(new Lapse(Requirement.CheckCurrent, due));
                }
                else lapses.Add(new Lapse(Requirement.CheckCurrent, due));
            }
        }
        if (worker.Kind == WorkerKind.Volunteer)
        {
            if (worker.BriefedOn is null) unmet.Add(Requirement.Briefed);
            if (worker.SupportPersonId is null) unmet.Add(Requirement.SupportPerson);
            if (policy is null || policy.Id != worker.InsurancePolicyId) unmet.Add(Requirement.Insured);
            else if (!policy.IsValidOn(today))
            {
                unmet.Add(Requirement.Insured);
                lapsed.Add(new Lapse(Requirement.Insured, policy.ValidUntil.AddDays(1)));
            }
            else lapses.Add(new Lapse(Requirement.Insured, policy.ValidUntil.AddDays(1)));
        }
        return new TaskStanding(worker.Id, worker.OrganisationId, worker.RegionId, unmet, lapses, lapsed);
    }

    /// <summary>Adds up an activity: lapsed when no leader is named or any task has an unmet requirement; lapsing soon when one lapses within <paramref name="reminderDays"/>.</summary>
    public static ActivityStanding Judge(Guid activityId, bool leaderNamed, IReadOnlyList<TaskStanding> tasks, int reminderDays, DateOnly today)
    {
        var standing = !leaderNamed || tasks.Any(t => t.Unmet.Count > 0) ? Standing.Lapsed
            : tasks.Any(t => t.NextLapse is { } next && next <= today.AddDays(reminderDays)) ? Standing.LapsesSoon
            : Standing.Holds;
        return new ActivityStanding(activityId, leaderNamed, tasks, standing);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>One person of the list: a short standing, never more than the organisation's own representatives may see.</summary>
public sealed record WorkerRow(Guid Id, string Name, WorkerKind Kind, bool CheckShown, DateOnly? CheckShownOn, DateOnly? CheckDueOn,
    DateOnly? BriefedOn, string? SupportPerson, string? Insurer, string? PolicyNumber, DateOnly? PolicyValidUntil, int Tasks, bool Left,
    DateOnly? LeftOn, bool NeedsAttention);

public sealed record PeopleFilter(WorkerKind? Kind = null, bool NeedsAttention = false);

/// <summary>The organisation's people, with its guideline's re-check interval and what the reader may do.</summary>
public sealed record PeopleView(Guid OrganisationId, LocalizedText? Organisation, int? RecheckMonths, bool VolunteerCheckRequired,
    IReadOnlyList<WorkerRow> Rows, bool MayManage);

/// <summary>A person's task in an activity, as their own organisation sees it.</summary>
public sealed record WorkerTaskView(Guid ActivityId, LocalizedText Activity, string StaffPath, TaskRole Role, bool ChildrenWithoutGuardian);

/// <summary>One person opened (the read is audited): the record, their tasks, and what the reader may do.</summary>
public sealed record WorkerView(Guid Id, Guid OrganisationId, string Name, string? WorkEmail, WorkerKind Kind, int Version,
    DateOnly? CheckShownOn, DateOnly? CheckExtractDate, bool CheckConsentGiven, DateOnly? CheckDueOn, int? RecheckMonths, bool VolunteerCheckRequired,
    DateOnly? BriefedOn, string? BriefedBy, Guid? SupportPersonId, string? SupportPerson, Guid? InsurancePolicyId, string? Insurer,
    string? PolicyNumber, DateOnly? PolicyValidUntil, DateOnly? LeftOn, bool Left, IReadOnlyList<WorkerTaskView> Tasks, bool NeedsAttention,
    bool MayManage);

/// <summary>A person to choose: a volunteer's support person, or someone to name in an activity.</summary>
public sealed record WorkerChoice(Guid Id, string Name, WorkerKind Kind);

/// <summary>A policy to choose (the insurance a volunteer acts under).</summary>
public sealed record PolicyChoice(Guid Id, string Insurer, string PolicyNumber, DateOnly ValidUntil);

/// <summary>
/// The reads of an organisation's people (issue #16 item 1): only the organisation's own representatives (and a
/// coordinator for their own organisation) reach them, and every read of people is audited with a count, never a name.
/// </summary>
public sealed class WorkforceQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <summary>Whether the staff front page links to the people: a representative or coordinator for their own organisation.</summary>
    public static bool MayManagePeople(Actor? actor) =>
        actor?.OrganisationId is not null && AccessControl.PermittedByRole(actor, WorkforceAccess.PeopleOf(actor), StaffAction.ManageWorkforce).Count > 0;

    /// <summary>The people of the reader's own organisation; the read is audited.</summary>
    public async Task<PeopleView> PeopleAsync(Actor? actor, PeopleFilter filter, CancellationToken cancellationToken)
    {
        var on = WorkforceAccess.PeopleOf(actor);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken);
        var organisationId = on.OrganisationId!.Value;
        var today = HelsinkiTime.Today(clock);
        var settings = await db.WorkforceSettingsOfAsync(on.RegionId, organisationId, cancellationToken);
        var query = db.Workers.AsNoTracking().Where(w => w.OrganisationId == organisationId);
        if (filter.Kind is { } kind) query = query.Where(w => w.Kind == kind);
        var workers = await query.OrderBy(w => w.Name).ToListAsync(cancellationToken);
        var ids = workers.Select(w => w.Id).ToList();
        var tasks = (await db.ActivityTasks.AsNoTracking().Where(t => ids.Contains(t.WorkerId))
                .Select(t => new { t.WorkerId, t.ChildrenWithoutGuardian }).ToListAsync(cancellationToken))
            .ToLookup(t => t.WorkerId, t => t.ChildrenWithoutGuardian);
        var names = await db.Workers.AsNoTracking().Where(w => w.OrganisationId == organisationId).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var policies = await db.InsurancePolicies.AsNoTracking().Where(p => p.OrganisationId == organisationId).ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = workers.Select(w =>
        {
            var policy = w.InsurancePolicyId is { } p ? policies.GetValueOrDefault(p) : null;
            return new WorkerRow(w.Id, w.Name, w.Kind, w.HasCheck, w.CheckShownOn, w.CheckDueOn(settings.RecheckMonths), w.BriefedOn,
                w.SupportPersonId is { } s ? names.GetValueOrDefault(s) : null, policy?.Insurer, policy?.PolicyNumber, policy?.ValidUntil,
                tasks[w.Id].Count(), w.HasLeft(today), w.LeftOn, NeedsAttention(w, tasks[w.Id].Any(c => c), settings, policy, today));
        }).Where(r => !filter.NeedsAttention || r.NeedsAttention).ToList();
        await audit.RecordNowAsync(allowed, AuditEvent.WorkersRead, AuditOutcome.Succeeded, "Organisation", organisationId,
            $"{rows.Count} people of organisation {organisationId}", cancellationToken, on.RegionId);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var mayManage = await access.PermitsAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken);
        return new PeopleView(organisationId, organisation, settings.RecheckMonths, settings.VolunteerCheckRequired, rows, mayManage);
    }

    /// <summary>One person with their tasks in activities; the read is audited.</summary>
    public async Task<WorkerView> PersonAsync(Actor? actor, Guid id, CancellationToken cancellationToken)
    {
        var (w, allowed) = await db.LoadForManagingAsync(access, actor, id, cancellationToken, tracked: false);
        await audit.RecordNowAsync(allowed, AuditEvent.WorkersRead, AuditOutcome.Succeeded, nameof(Worker), w.Id,
            $"1 person of organisation {w.OrganisationId}", cancellationToken, w.RegionId);
        var today = HelsinkiTime.Today(clock);
        var settings = await db.WorkforceSettingsOfAsync(w.RegionId, w.OrganisationId, cancellationToken);
        var tasks = await db.ActivityTasks.AsNoTracking().Where(t => t.WorkerId == w.Id)
            .Join(db.Activities.AsNoTracking(), t => t.ActivityId, a => a.Id, (t, a) => new { t.ActivityId, a.Name, t.Role, t.ChildrenWithoutGuardian })
            .ToListAsync(cancellationToken);
        var supportPerson = w.SupportPersonId is { } s
            ? await db.Workers.AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var policy = w.InsurancePolicyId is { } p ? await db.InsurancePolicies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == p, cancellationToken) : null;
        var on = WorkforceAccess.Of(w);
        var mayManage = !w.HasLeft(today) && w.LeftOn is null && await access.PermitsAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken);
        return new WorkerView(w.Id, w.OrganisationId, w.Name, w.WorkEmail, w.Kind, w.Version, w.CheckShownOn, w.CheckExtractDate, w.CheckConsentGiven,
            w.CheckDueOn(settings.RecheckMonths), settings.RecheckMonths, settings.VolunteerCheckRequired, w.BriefedOn, w.BriefedBy, w.SupportPersonId,
            supportPerson, w.InsurancePolicyId, policy?.Insurer, policy?.PolicyNumber, policy?.ValidUntil, w.LeftOn, w.HasLeft(today),
            tasks.OrderBy(t => t.Name.Fi).Select(t => new WorkerTaskView(t.ActivityId, t.Name, $"/staff/directory/activities/{t.ActivityId}", t.Role,
                t.ChildrenWithoutGuardian)).ToList(),
            NeedsAttention(w, tasks.Any(t => t.ChildrenWithoutGuardian), settings, policy, today), mayManage);
    }

    /// <summary>The organisation a new person is added to: the reader's own, when they may keep its people (else refused).</summary>
    public async Task<LocalizedText?> OwnOrganisationAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var on = WorkforceAccess.PeopleOf(actor);
        await access.RequireAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken);
        return await db.Organisations.AsNoTracking().Where(o => o.Id == on.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The employees of an organisation still working (id, name): the choices for a volunteer's support person.</summary>
    public async Task<IReadOnlyList<WorkerChoice>> EmployeesAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        await RequireOrganisationAsync(actor, organisationId, cancellationToken);
        return await db.Workers.AsNoTracking()
            .Where(w => w.OrganisationId == organisationId && w.Kind == WorkerKind.Employee && w.LeftOn == null)
            .OrderBy(w => w.Name).Select(w => new WorkerChoice(w.Id, w.Name, w.Kind)).ToListAsync(cancellationToken);
    }

    /// <summary>The organisation's insurance policies (id, insurer, number, valid until): the choices for a volunteer's insurance.</summary>
    public async Task<IReadOnlyList<PolicyChoice>> PolicyChoicesAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        await RequireOrganisationAsync(actor, organisationId, cancellationToken);
        return (await db.InsurancePolicies.AsNoTracking().Where(p => p.OrganisationId == organisationId)
                .Select(p => new PolicyChoice(p.Id, p.Insurer, p.PolicyNumber, p.ValidUntil)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Insurer).ThenBy(p => p.PolicyNumber).ToList();
    }

    private Task RequireOrganisationAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken) =>
        access.RequireAsync(actor, StaffAction.ManageWorkforce, WorkforceAccess.PeopleOf(actor, organisationId), cancellationToken);

    /// <summary>
    /// A person needs attention when, judged as in their most demanding task (<see cref="WorkforceRequirements"/>), a
    /// requirement does not hold or lapses within the organisation's reminder days: a check missing or due, a volunteer
    /// not briefed, supported or insured.
    /// </summary>
    private static bool NeedsAttention(Worker worker, bool childrenWithoutGuardian, WorkforceSettings settings, InsurancePolicy? policy, DateOnly today)
    {
        if (worker.HasLeft(today)) return false;
        var standing = WorkforceRequirements.Judge(worker, childrenWithoutGuardian, settings, policy, today);
        return standing.Unmet.Count > 0 || standing.NextLapse is { } next && next <= today.AddDays(settings.ReminderDays);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>A policy as its organisation sees it: how many of its working volunteers act under it (removal is refused while any do).</summary>
public sealed record InsurancePolicyView(Guid Id, string Insurer, string PolicyNumber, DateOnly ValidUntil, bool Expired, int Volunteers);

public sealed record WorkforceGuidelineView(Guid OrganisationId, LocalizedText Organisation, int Version, int? RecheckMonths, bool VolunteerCheckRequired,
    int ReminderDays, int RetentionMonths, IReadOnlyList<InsurancePolicyView> Policies);

/// <summary>The organisation's own insurance policies and workforce guideline, for its representatives (and its own coordinator).</summary>
public sealed class WorkforceGuidelineQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<WorkforceGuidelineView> GuidelineAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var on = await WorkforceAccess.OwnOrganisationAsync(db, actor, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ManageWorkforce, on, cancellationToken);
        var organisationId = on.OrganisationId!.Value;
        var today = HelsinkiTime.Today(clock);
        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var settings = await db.WorkforceSettingsOfAsync(on.RegionId, organisationId, cancellationToken);
        var policies = await db.InsurancePolicies.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.Insurer).ThenBy(p => p.PolicyNumber).ToListAsync(cancellationToken);
        var usedBy = await db.Workers.Where(w => w.OrganisationId == organisationId && w.InsurancePolicyId != null && (w.LeftOn == null || w.LeftOn > today))
            .GroupBy(w => w.InsurancePolicyId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        return new WorkforceGuidelineView(organisationId, name, settings.Version, settings.RecheckMonths, settings.VolunteerCheckRequired,
            settings.ReminderDays, settings.RetentionMonths,
            policies.Select(p => new InsurancePolicyView(p.Id, p.Insurer, p.PolicyNumber, p.ValidUntil, !p.IsValidOn(today), usedBy.GetValueOrDefault(p.Id))).ToList());
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// The access objects of the workforce feature and the organisation's guideline: the organisation is what the role scope
/// checks, so only its own representatives (and a coordinator for their own organisation) pass.
/// </summary>
internal static class WorkforceAccess
{
    public static AccessObject Of(Worker worker) => new(nameof(Worker), worker.Id, worker.RegionId, worker.OrganisationId);

    /// <summary>An organisation's people as a whole: the one given, else the actor's own, in the actor's region (or the one given).</summary>
    public static AccessObject PeopleOf(Actor? actor, Guid? organisationId = null, Guid? regionId = null) =>
        new(nameof(Worker), null, regionId ?? actor?.RegionId ?? Guid.Empty, organisationId ?? actor?.OrganisationId ?? Guid.Empty);

    /// <summary>The actor's own organisation (an actor without one gets an object no workforce rule admits: 403, audited).</summary>
    public static async Task<AccessObject> OwnOrganisationAsync(PerheverkkoDb db, Actor? actor, CancellationToken cancellationToken)
    {
        var organisationId = actor?.OrganisationId;
        var regionId = organisationId is { } id
            ? await db.Organisations.Where(o => o.Id == id).Select(o => (Guid?)o.RegionId).SingleOrDefaultAsync(cancellationToken) ?? actor?.RegionId
            : actor?.RegionId;
        return new AccessObject(nameof(WorkforceSettings), organisationId, regionId ?? Guid.Empty, organisationId);
    }

    public static AccessObject Of(InsurancePolicy policy) => new(nameof(InsurancePolicy), policy.Id, policy.RegionId, policy.OrganisationId);

    /// <summary>The organisation's guideline, or its defaults when it has never been set.</summary>
    public static async Task<WorkforceSettings> WorkforceSettingsOfAsync(this PerheverkkoDb db, Guid regionId, Guid organisationId,
        CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.WorkforceSettings : db.WorkforceSettings.AsNoTracking();
        return await query.SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken)
               ?? WorkforceSettings.Defaults(regionId, organisationId);
    }
}

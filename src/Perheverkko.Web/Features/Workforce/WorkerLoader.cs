using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// The first lines of every use case and query on one person: load them (unknown: 404), then require
/// <see cref="StaffAction.ManageWorkforce"/> on the person's organisation — another region's person is not found, another
/// organisation's is refused (403, the denial audited), so one organisation never reads or changes another's people.
/// </summary>
internal static class WorkerLoader
{
    public static AccessObject AccessObjectOf(Guid? workerId, Guid regionId, Guid organisationId) =>
        new(nameof(Worker), workerId, regionId, organisationId);

    /// <summary>The organisation acted for: the one given, else the actor's own (a representative or coordinator acts for their own).</summary>
    public static AccessObject OrganisationObject(Actor? actor, Guid? organisationId) =>
        AccessObjectOf(null, actor?.RegionId ?? Guid.Empty, organisationId ?? actor?.OrganisationId ?? Guid.Empty);

    public static async Task<(Worker Worker, Actor Actor)> LoadForManagingAsync(this PerheverkkoDb db, AccessControl access, Actor? actor,
        Guid workerId, CancellationToken cancellationToken, bool tracked = true)
    {
        var query = tracked ? db.Workers : db.Workers.AsNoTracking();
        var worker = await query.SingleOrDefaultAsync(w => w.Id == workerId, cancellationToken)
            ?? throw new NotFoundException(WorkforceRules.WorkerNotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce,
            AccessObjectOf(worker.Id, worker.RegionId, worker.OrganisationId), cancellationToken);
        return (worker, allowed);
    }

    /// <summary>The organisation's guideline, or the defaults when it has set none.</summary>
    public static async Task<WorkforceSettings> WorkforceSettingsOfAsync(this PerheverkkoDb db, Guid regionId, Guid organisationId,
        CancellationToken cancellationToken) =>
        await db.WorkforceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken)
        ?? WorkforceSettings.Defaults(regionId, organisationId);
}

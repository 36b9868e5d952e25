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
    public static async Task<(Worker Worker, Actor Actor)> LoadForManagingAsync(this PerheverkkoDb db, AccessControl access, Actor? actor,
        Guid workerId, CancellationToken cancellationToken, bool tracked = true)
    {
        var query = tracked ? db.Workers : db.Workers.AsNoTracking();
        var worker = await query.SingleOrDefaultAsync(w => w.Id == workerId, cancellationToken)
            ?? throw new NotFoundException(WorkforceRules.WorkerNotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.ManageWorkforce, WorkforceAccess.Of(worker), cancellationToken);
        return (worker, allowed);
    }
}

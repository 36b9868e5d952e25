using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>Changes an activity; a form or call that started from an older version is refused as stale.</summary>
public sealed class UpdateActivity(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, Guid id, ActivityRequest request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null) throw new NotFoundException(DirectoryRules.ActivityNotFound);
        await access.RequireAsync(actor, StaffAction.EditDirectory, DirectoryRelationships.Of(activity), cancellationToken);
        var check = new InputCheck().That(request.Version is not null, "version", "validation.required");
        var details = await request.ToDetailsAsync(check, commit, activity.OrganisationId, cancellationToken);
        activity.Update(request.Version!.Value, details, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.ActivityUpdated, "Activity", id, regionId: activity.RegionId);
        await commit.SaveAsync(activity, cancellationToken);
        return activity.Version;
    }
}

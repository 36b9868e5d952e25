using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>Staff of an organisation (or a coordinator for any) add an activity as a draft.</summary>
public sealed class CreateActivity(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, ActivityRequest request, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId ?? actor?.OrganisationId;
        // The entry belongs to its maintainer's region; an organisation of another region is as unknown as a made-up one.
        var regionId = organisationId is { } o
            ? await db.Organisations.Where(x => x.Id == o).Select(x => (Guid?)x.RegionId).SingleOrDefaultAsync(cancellationToken) : null;
        // The new entry's object is its maintainer: its staff (or the region's coordinators) add entries for it.
        await access.RequireAsync(actor, StaffAction.EditDirectory,
            regionId is { } region ? new AccessObject(DirectoryRelationships.ActivityType, null, region, organisationId) : null, cancellationToken);
        var check = new InputCheck().That(organisationId is not null, "organisationId", "validation.required");
        if (organisationId is not null && regionId is null) check.That(false, "organisationId", "validation.unknown");
        var details = await request.ToDetailsAsync(check, commit, organisationId, cancellationToken);
        var activity = Activity.Create(Guid.CreateVersion7(), regionId!.Value, organisationId!.Value, details, clock.GetUtcNow().UtcDateTime);
        db.Activities.Add(activity);
        audit.Record(actor, AuditEvent.ActivityCreated, "Activity", activity.Id, regionId: activity.RegionId);
        await commit.SaveAsync(activity, cancellationToken);
        return activity.Id;
    }
}

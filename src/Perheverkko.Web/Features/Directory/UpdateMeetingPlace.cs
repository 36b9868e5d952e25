using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

public sealed class UpdateMeetingPlace(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, Guid id, MeetingPlaceRequest request, CancellationToken cancellationToken)
    {
        var place = await db.MeetingPlaces.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null) throw new NotFoundException(DirectoryRules.MeetingPlaceNotFound);
        await access.RequireAsync(actor, StaffAction.EditDirectory, DirectoryRelationships.Of(place), cancellationToken);
        var check = new InputCheck().That(request.Version is not null, "version", "validation.required");
        var details = await request.ToDetailsAsync(check, commit, place.FamilyCentreId, cancellationToken);
        place.Update(request.Version!.Value, details, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.MeetingPlaceUpdated, "MeetingPlace", id, regionId: place.RegionId);
        await commit.SaveAsync(place, cancellationToken);
        return place.Version;
    }
}

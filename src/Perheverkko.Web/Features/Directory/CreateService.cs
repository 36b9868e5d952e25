using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>Staff of an organisation (or a coordinator for any) add a service as a draft.</summary>
public sealed class CreateService(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Actor? actor, ServiceRequest request, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId ?? actor?.OrganisationId;
        // The entry belongs to its maintainer's region; an organisation of another region is as unknown as a made-up one.
        var regionId = organisationId is { } o
            ? await db.Organisations.Where(x => x.Id == o).Select(x => (Guid?)x.RegionId).SingleOrDefaultAsync(cancellationToken) : null;
        // The new entry's object is its maintainer: its staff (or the region's coordinators) add entries for it.
        await access.RequireAsync(actor, StaffAction.EditDirectory,
            regionId is { } region ? new AccessObject(DirectoryRelationships.ServiceType, null, region, organisationId) : null, cancellationToken);
        var check = new InputCheck().That(organisationId is not null, "organisationId", "validation.required");
        if (organisationId is not null && regionId is null) check.That(false, "organisationId", "validation.unknown");
        var details = await request.ToDetailsAsync(check, commit, organisationId, cancellationToken);
        var service = Service.Create(Guid.CreateVersion7(), regionId!.Value, organisationId!.Value, details, clock.GetUtcNow().UtcDateTime);
        db.Services.Add(service);
        audit.Record(actor, AuditEvent.ServiceCreated, "Service", service.Id, regionId: service.RegionId);
        await commit.SaveAsync(service, cancellationToken);
        return service.Id;
    }
}

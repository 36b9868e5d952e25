using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

public sealed class UpdateService(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, Guid id, ServiceRequest request, CancellationToken cancellationToken)
    {
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null) throw new NotFoundException(DirectoryRules.ServiceNotFound);
        await access.RequireAsync(actor, StaffAction.EditDirectory, DirectoryRelationships.Of(service), cancellationToken);
        var check = new InputCheck().That(request.Version is not null, "version", "validation.required");
        var details = await request.ToDetailsAsync(check, commit, service.OrganisationId, cancellationToken);
        service.Update(request.Version!.Value, details, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.ServiceUpdated, "Service", id, regionId: service.RegionId);
        await commit.SaveAsync(service, cancellationToken);
        return service.Version;
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>A party removes a contact person or signatory who no longer has the role: the data is deleted, not kept.</summary>
public sealed class RemoveContactPerson(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, Guid organisationId, Guid contactPersonId, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.Include(o => o.ContactPersons)
            .SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken) ?? throw new NotFoundException(OrganisationRules.NotFound);
        await access.RequireAsync(actor, StaffAction.ManageContactPersons, OrganisationQueries.AccessObjectOf(organisation), cancellationToken);
        organisation.RemoveContactPerson(contactPersonId, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.ContactPersonRemoved, "ContactPerson", contactPersonId, $"organisation {organisationId}", organisation.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>A party names a contact person or a signatory for the annex (001 §23).</summary>
public sealed class AddContactPerson(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Name, string? Email, ContactRole? Role, string? Title);

    public async Task<Guid> HandleAsync(Actor? actor, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.Include(o => o.ContactPersons)
            .SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken) ?? throw new NotFoundException(OrganisationRules.NotFound);
        await access.RequireAsync(actor, StaffAction.ManageContactPersons, OrganisationQueries.AccessObjectOf(organisation), cancellationToken);
        new InputCheck()
            .Required("name", request.Name, 200)
            .Email("email", request.Email)
            .Defined("role", request.Role)
            .Optional("title", request.Title, 200)
            .ThrowIfInvalid();

        var person = organisation.AddContactPerson(request.Name!, request.Email!, request.Role!.Value,
            request.Title.TrimmedOrNull(), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.ContactPersonAdded, "ContactPerson", person.Id, $"organisation {organisationId}", organisation.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return person.Id;
    }
}

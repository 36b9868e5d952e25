using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>A coordinator, or the organisation's own representative, corrects its names, kind or business id.</summary>
public sealed class UpdateOrganisation(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <param name="Version">The version the editor started from; an older one is refused as stale.</param>
    public sealed record Request(int? Version, OrganisationKind? Kind, LocalizedTextInput? Name, string? BusinessId);

    /// <returns>The new version.</returns>
    public async Task<int> HandleAsync(Actor? actor, Guid id, Request request, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException(OrganisationRules.NotFound);
        await access.RequireAsync(actor, StaffAction.EditOrganisation, OrganisationQueries.AccessObjectOf(organisation), cancellationToken);
        var check = new InputCheck()
            .That(request.Version is not null, "version", "validation.required")
            .Defined("kind", request.Kind)
            .That(request.Name is not null, "name.fi", "validation.required")
            .Optional("businessId", request.BusinessId, 9);
        request.Name?.Check(check, "name");
        check.ThrowIfInvalid();

        organisation.Update(request.Version!.Value, request.Name!.ToText(), request.BusinessId.TrimmedOrNull(),
            request.Kind!.Value, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.OrganisationUpdated, "Organisation", id, regionId: organisation.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return organisation.Version;
    }
}

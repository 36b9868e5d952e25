using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>One organisation on the PTV list: whether it has its PTV id and its API user yet.</summary>
public sealed record PtvOrganisationRow(Guid OrganisationId, LocalizedText Name, bool HasPtvOrganisation, bool CanExport, DateTime? LastImportedAt);

/// <summary>Which organisations a person may synchronise with PTV: their own for a representative, the region's for its leads.</summary>
public sealed class PtvStaffQueries(PerheverkkoDb db, AccessControl access)
{
    public async Task<IReadOnlyList<PtvOrganisationRow>> OrganisationsAsync(Actor? actor, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewStaffArea, null, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.ClosedOn == null).Select(o => new { o.Id, o.RegionId, o.Name }).ToListAsync(cancellationToken);
        var permitted = await access.PermittedAsync(actor, organisations.Select(o => PtvAccess.Of(o.Id, o.RegionId)).ToList(), [StaffAction.SyncWithPtv], cancellationToken);
        var mine = organisations.Where(o => permitted.Has(o.Id, StaffAction.SyncWithPtv)).ToList();
        var ids = mine.Select(o => o.Id).ToList();
        var connections = await db.PtvConnections.AsNoTracking().Where(c => ids.Contains(c.OrganisationId)).ToDictionaryAsync(c => c.OrganisationId, cancellationToken);
        return mine.Select(o => connections.TryGetValue(o.Id, out var c)
                ? new PtvOrganisationRow(o.Id, o.Name, c.PtvOrganisationId is not null, c.CanExport, c.LastImportedAt)
                : new PtvOrganisationRow(o.Id, o.Name, false, false, null))
            .OrderBy(o => o.Name.Fi, StringComparer.Ordinal).ToList();
    }

    /// <summary>The organisation's name for a PTV page's heading; only for those who may synchronise it.</summary>
    public async Task<LocalizedText> OrganisationNameAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Id, o.RegionId, o.Name }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Organisations.OrganisationRules.NotFound);
        await access.RequireAsync(actor, StaffAction.SyncWithPtv, PtvAccess.Of(organisation.Id, organisation.RegionId), cancellationToken);
        return organisation.Name;
    }

    /// <summary>Whether the person may synchronise the organisation with PTV (an edit page's PTV buttons).</summary>
    public async Task<bool> MaySyncAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        var regionId = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => (Guid?)o.RegionId).SingleOrDefaultAsync(cancellationToken);
        return regionId is { } region && await access.PermitsAsync(actor, StaffAction.SyncWithPtv, PtvAccess.Of(organisationId, region), cancellationToken);
    }

    /// <summary>Whether the person may synchronise any organisation at all (their own, or the region's as a lead).</summary>
    public static bool MaySyncAny(Actor? actor) =>
        actor is not null && AccessControl.PermittedByRole(actor, PtvAccess.Of(actor.OrganisationId ?? Guid.Empty, actor.RegionId ?? Guid.Empty), StaffAction.SyncWithPtv).Count > 0;
}

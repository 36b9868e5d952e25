using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// An organisation's PTV page, and one entry's PTV state for its edit page. Whoever may edit the organisation's directory
/// entries may see where they are kept and how their export stands (they edit what is sent); those who may sync with PTV see
/// it too and are told so (<see cref="PtvOrganisationView.CanSync"/>). The API password is never read out, only whether one is kept.
/// </summary>
public sealed class PtvQueries(PerheverkkoDb db, AccessControl access, PtvOptions options)
{
    public async Task<PtvOrganisationView> OrganisationAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException(OrganisationRules.NotFound);
        var on = PtvAccess.Of(organisation.Id, organisation.RegionId);
        var canSync = await access.PermitsAsync(actor, StaffAction.SyncWithPtv, on, cancellationToken);
        if (!canSync) await access.RequireAsync(actor, StaffAction.EditDirectory, on, cancellationToken);

        var connection = await db.PtvConnections.AsNoTracking().SingleOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);
        var exports = await db.PtvExports.AsNoTracking().Where(e => e.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var byEntry = exports.ToDictionary(e => (e.Kind, e.EntryId));
        var services = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var places = await db.MeetingPlaces.AsNoTracking().Where(p => p.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var entries = services.Select(s => View(PtvEntryKind.Service, s, byEntry.GetValueOrDefault((PtvEntryKind.Service, s.Id))))
            .Concat(places.Select(p => View(PtvEntryKind.MeetingPlace, p, byEntry.GetValueOrDefault((PtvEntryKind.MeetingPlace, p.Id)))))
            .OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new PtvOrganisationView(organisation.Id, organisation.Name.InCurrentCulture(), connection?.PtvOrganisationId, connection?.ApiUsername,
            connection?.ProtectedApiPassword is not null, connection?.LastImportedAt, options.IsConfigured, canSync, entries);
    }

    /// <returns>Null when there is no such service or meeting place.</returns>
    public async Task<PtvEntryView?> EntryAsync(Actor? actor, PtvEntryKind kind, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await PtvEntries.FindAsync(db, kind, entryId, cancellationToken);
        if (entry is null) return null;
        if (!await access.PermitsAsync(actor, StaffAction.SyncWithPtv, PtvAccess.Of(entry.OrganisationId, entry.RegionId), cancellationToken))
            await access.RequireAsync(actor, StaffAction.EditDirectory, DirectoryRelationships.Of(entry), cancellationToken);
        var export = await db.PtvExports.AsNoTracking().SingleOrDefaultAsync(e => e.Kind == kind && e.EntryId == entryId, cancellationToken);
        return View(kind, entry, export);
    }

    private static PtvEntryView View(PtvEntryKind kind, PtvSyncedEntry entry, PtvExport? export) =>
        new(kind, entry.Id, entry.Name.InCurrentCulture(), entry.State, entry.Master, entry.PtvId,
            export?.Status ?? PtvExportStatus.NotSent, export?.Message, export?.Attempts ?? 0, export?.LastAttemptAt);
}

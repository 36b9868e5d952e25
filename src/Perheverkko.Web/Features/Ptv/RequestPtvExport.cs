using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Queues an entry kept here for sending to PTV (decision 0035): a published one is created or updated there, an archived one
/// archived there; a draft is not sent. The job <see cref="PtvExportJob"/> sends it and records PTV's answer.
/// </summary>
public sealed class RequestPtvExport(PerheverkkoDb db, AccessControl access, AuditLog audit, PtvOptions options, TimeProvider clock)
{
    public async Task<PtvExportStatus> HandleAsync(Actor? actor, PtvEntryKind kind, Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await PtvEntries.GetAsync(db, kind, entryId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.SyncWithPtv, PtvAccess.Of(entry.OrganisationId, entry.RegionId), cancellationToken);
        RuleCheck.That(options.IsConfigured, PtvRules.NotConfigured);
        RuleCheck.That(entry.Master == DirectoryMaster.Perheverkko, DirectoryRules.MasteredInPtv);
        var connection = await db.PtvConnections.SingleOrDefaultAsync(c => c.OrganisationId == entry.OrganisationId, cancellationToken);
        RuleCheck.That(connection?.PtvOrganisationId is not null, PtvRules.NoPtvOrganisation);
        RuleCheck.That(connection!.CanExport, PtvRules.NoCredentials);
        RuleCheck.That(entry.State != PublicationState.Draft, PtvExportRules.Draft);
        var archive = entry.State == PublicationState.Archived;
        RuleCheck.That(!archive || entry.PtvId is not null, PtvExportRules.NotInPtv);

        var export = await db.PtvExports.SingleOrDefaultAsync(e => e.Kind == kind && e.EntryId == entryId, cancellationToken);
        if (export is null) db.PtvExports.Add(export = PtvExport.Create(kind, entryId, entry.OrganisationId, entry.RegionId));
        export.Queue(entry.Version, archive, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.PtvExportRequested, DirectoryRelationships.TypeOf(entry), entryId, archive ? "archive" : "publish", entry.RegionId);
        await db.SaveChangesAsync(cancellationToken);
        return export.Status;
    }
}

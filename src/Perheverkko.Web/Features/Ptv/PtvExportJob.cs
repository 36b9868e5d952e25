using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Jobs;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Sends the queued exports to PTV's input API (docs/ptv.md, "Export"): an entry PTV does not know yet is created there, one it
/// knows is updated by our source id (or by PTV's id when PTV knows it only so: imported, then kept here). PTV's answer is kept:
/// accepted (PTV's id recorded on the entry, which is otherwise unchanged), or rejected with PTV's message. When PTV is busy or
/// down the export waits (what Retry-After says, else 1, 2, 4… minutes, at most an hour) and is tried again until
/// <see cref="PtvOptions.ExportAttempts"/> have been made. Off unless PTV's address is set.
/// </summary>
public sealed class PtvExportJob(PerheverkkoDb db, PtvInputClient client, PtvOptions options, AuditLog audit, TimeProvider clock,
    ILogger<PtvExportJob> logger) : IScheduledJob
{
    public const string GaveUp = "ptv.export.gave_up";
    public const string EntryGone = "ptv.export.entry_gone";
    public const string ConnectionGone = "ptv.export.connection_gone";
    public const string MasteredInPtv = "ptv.export.mastered_in_ptv";
    /// <summary>How many exports one run sends; the rest wait for the next run a minute later.</summary>
    public const int Batch = 50;
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);
    /// <summary>A row left "sent" this long was being sent when an instance stopped: it is sent again.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(15);

    public string Name => "ptv-export";
    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.IsConfigured) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var abandoned = now - Abandoned;
        var due = await db.PtvExports.AcrossRegions()
            .Where(e => (e.Status == PtvExportStatus.Queued && e.NextAttemptAt <= now) || (e.Status == PtvExportStatus.Sent && e.LastAttemptAt < abandoned))
            .OrderBy(e => e.NextAttemptAt).Take(Batch).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await SendAsync(id, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task SendAsync(Guid exportId, CancellationToken cancellationToken)
    {
        var export = await db.PtvExports.AcrossRegions().SingleAsync(e => e.Id == exportId, cancellationToken);
        PtvSyncedEntry? entry = export.Kind == PtvEntryKind.Service
            ? await db.Services.AcrossRegions().SingleOrDefaultAsync(s => s.Id == export.EntryId, cancellationToken)
            : await db.MeetingPlaces.AcrossRegions().SingleOrDefaultAsync(p => p.Id == export.EntryId, cancellationToken);
        var connection = await db.PtvConnections.AcrossRegions().SingleOrDefaultAsync(c => c.OrganisationId == export.OrganisationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        export.Sending(now);

        string? refusal = entry is null ? EntryGone
            : connection is not { CanExport: true } ? ConnectionGone
            : entry.Master != DirectoryMaster.Perheverkko ? MasteredInPtv
            : null;
        if (refusal is not null)
        {
            Answer(export, new PtvCallOutcome(PtvCallResult.Rejected, Message: refusal));
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        // Saved before the call: an instance that stops mid-call leaves it "sent", and it is sent again later.
        await db.SaveChangesAsync(cancellationToken);

        var outcome = entry switch
        {
            Service service => await SendServiceAsync(service, connection!, export.Archive, cancellationToken),
            _ => await SendPlaceAsync((MeetingPlace)entry!, connection!, export.Archive, cancellationToken),
        };
        if (outcome is { Result: PtvCallResult.Accepted, PtvId: { } ptvId } && entry!.PtvId != ptvId) entry.RecordPtvId(ptvId);
        Answer(export, outcome);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("PTV export of {Kind} {Entry}: {Status} ({Message})", export.Kind, export.EntryId, export.Status, outcome.Message);
    }

    private async Task<PtvCallOutcome> SendServiceAsync(Service service, PtvConnection connection, bool archive, CancellationToken cancellationToken)
    {
        var codes = service.MunicipalityId is { } municipalityId
            ? await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Code).ToListAsync(cancellationToken)
            : await db.Municipalities.Where(m => m.RegionId == service.RegionId).OrderBy(m => m.Code).Select(m => m.Code).ToListAsync(cancellationToken);
        var input = PtvExportMapping.Service(service, connection.PtvOrganisationId!.Value, codes, archive);
        if (service.PtvId is null) return await client.CreateServiceAsync(connection, input, cancellationToken);
        var outcome = await client.UpdateServiceBySourceAsync(connection, input, cancellationToken);
        return outcome.Result == PtvCallResult.NotFound ? await client.UpdateServiceAsync(connection, service.PtvId, input, cancellationToken) : outcome;
    }

    private async Task<PtvCallOutcome> SendPlaceAsync(MeetingPlace place, PtvConnection connection, bool archive, CancellationToken cancellationToken)
    {
        var code = await db.Municipalities.Where(m => m.Id == place.MunicipalityId).Select(m => m.Code).SingleAsync(cancellationToken);
        var input = PtvExportMapping.MeetingPlace(place, connection.PtvOrganisationId!.Value, code, archive);
        if (place.PtvId is null) return await client.CreateServiceLocationAsync(connection, input, cancellationToken);
        var outcome = await client.UpdateServiceLocationBySourceAsync(connection, input, cancellationToken);
        return outcome.Result == PtvCallResult.NotFound ? await client.UpdateServiceLocationAsync(connection, place.PtvId, input, cancellationToken) : outcome;
    }

    private void Answer(PtvExport export, PtvCallOutcome outcome)
    {
        switch (outcome.Result)
        {
            case PtvCallResult.Accepted:
                export.Accept();
                break;
            case PtvCallResult.Transient when export.Attempts < options.ExportAttempts:
                var backoff = TimeSpan.FromMinutes(Math.Pow(2, Math.Min(export.Attempts - 1, 10)));
                var wait = outcome.RetryAfter ?? backoff;
                export.Retry(clock.GetUtcNow().UtcDateTime + (wait > LongestWait ? LongestWait : wait), outcome.Message ?? PtvInputClient.NoAnswer);
                break;
            case PtvCallResult.Transient:
                export.Reject(GaveUp);
                break;
            default:
                export.Reject(outcome.Message ?? PtvInputClient.NoAnswer);
                break;
        }
        var type = export.Kind == PtvEntryKind.Service ? DirectoryRelationships.ServiceType : DirectoryRelationships.MeetingPlaceType;
        audit.Record(Actor.System, AuditEvent.PtvExportAnswered, type, export.EntryId, $"{export.Status}: {outcome.Message}".TrimEnd(' ', ':'), export.RegionId);
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// Records that an extract for work with children was shown (issue #16 items 3 and 4): the extract's date and the day it
/// was shown, with a volunteer's consent — nothing else. Who checked is the audit row's actor; no copy, scan or content of
/// the extract is ever taken (laws 504/2002 and 148/2014 allow the fact only).
/// </summary>
public sealed class RecordCriminalRecordCheck(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(int? Version, DateOnly? ExtractDate, DateOnly? ShownOn, bool? Consent = null);

    public async Task HandleAsync(Actor? actor, Guid workerId, Request request, CancellationToken cancellationToken)
    {
        var (worker, allowed) = await db.LoadForManagingAsync(access, actor, workerId, cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required")
            .That(request.ExtractDate is not null, "extractDate", "validation.required")
            .That(request.ShownOn is not null, "shownOn", "validation.required").ThrowIfInvalid();
        var settings = await db.WorkforceSettingsOfAsync(worker.RegionId, worker.OrganisationId, cancellationToken);
        worker.RecordCheck(request.Version!.Value, request.ExtractDate!.Value, request.ShownOn!.Value, request.Consent == true,
            settings.VolunteerCheckRequired, HelsinkiTime.Today(clock), clock.GetUtcNow().UtcDateTime);
        audit.Record(allowed, AuditEvent.CriminalRecordCheckRecorded, nameof(Worker), worker.Id, regionId: worker.RegionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}

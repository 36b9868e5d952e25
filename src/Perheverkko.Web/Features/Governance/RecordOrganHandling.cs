using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>A party records how its own organ handled a package; only its own organisation's status (the coordinator and admin may for any).</summary>
public sealed class RecordOrganHandling(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(DateOnly? HandledOn, string? Reference);

    public async Task HandleAsync(Actor? actor, Guid organisationId, Guid agendaItemId, Request request, CancellationToken cancellationToken)
    {
        var regionId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (Guid?)o.RegionId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.OrganisationNotFound);
        await access.RequireAsync(actor, StaffAction.RecordOrganHandling, new AccessObject("Organisation", organisationId, regionId, organisationId), cancellationToken);
        new InputCheck()
            .That(request.HandledOn is not null, "handledOn", "validation.required")
            .Required("reference", request.Reference, GovernanceLimits.Title)
            .ThrowIfInvalid();
        var package = await (from i in db.AgendaItems
                             join m in db.Meetings on i.MeetingId equals m.Id
                             join g in db.Groups on m.GroupId equals g.Id
                             where i.Id == agendaItemId && i.Kind == AgendaItemKind.ForPartiesDecisionMaking && m.Status == MeetingStatus.MinutesApproved
                                   && g.RegionId == regionId
                             select new { m.StartsAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.PackageNotFound);
        RuleCheck.That(request.HandledOn!.Value >= HelsinkiTime.DateOf(package.StartsAt), GovernanceRules.HandledBeforeMeeting);
        var now = clock.GetUtcNow().UtcDateTime;
        var reference = request.Reference!.Trim();
        var existing = await db.OrganHandlings.SingleOrDefaultAsync(h => h.AgendaItemId == agendaItemId && h.OrganisationId == organisationId, cancellationToken);
        if (existing is null) db.OrganHandlings.Add(new OrganHandling(Guid.CreateVersion7(), agendaItemId, organisationId, request.HandledOn.Value, reference, actor?.Name ?? "", now));
        else existing.Record(request.HandledOn.Value, reference, actor?.Name ?? "", now);
        audit.Record(actor, AuditEvent.OrganHandlingRecorded, "AgendaItem", agendaItemId, $"organisation {organisationId}: {request.HandledOn.Value:yyyy-MM-dd} {reference}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

/// <summary>
/// How one party's own organ handled an item the group sent to the parties' decision-making (issue 5 §8, 001 §7 ii):
/// the day and the reference (for example "Perusturvalautakunta 12.3.2027 § 45"). No row means the handling is pending.
/// </summary>
public sealed class OrganHandling
{
    private OrganHandling() { }

    public OrganHandling(Guid id, Guid agendaItemId, Guid organisationId, DateOnly handledOn, string reference, string recordedBy, DateTime now)
    {
        Id = id; AgendaItemId = agendaItemId; OrganisationId = organisationId;
        Record(handledOn, reference, recordedBy, now);
    }

    public Guid Id { get; private set; }
    public Guid AgendaItemId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public DateOnly HandledOn { get; private set; }
    public string Reference { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    public void Record(DateOnly handledOn, string reference, string recordedBy, DateTime now) =>
        (HandledOn, Reference, RecordedBy, RecordedAt) = (handledOn, reference, recordedBy, now);
}

/// <summary>A package for the parties' decision-making: the group's item with its decision and documents, and this organisation's handling.</summary>
public sealed record DecisionPackageView(Guid AgendaItemId, Guid MeetingId, LocalizedText GroupName, DateOnly MeetingDay, string Title,
    string? DecisionNumber, string? Statement, IReadOnlyList<AttachmentView> Documents, DateOnly? HandledOn, string? Reference);

public sealed record OrganisationPackagesView(Guid OrganisationId, IReadOnlyList<DecisionPackageView> Packages, bool MayRecord);

/// <summary>
/// The packages a party's staff see on their organisation's page: items "for the parties' decision-making" of meetings
/// whose minutes are approved, in groups visible to the parties' staff, for organisations that are parties of the
/// current agreement period.
/// </summary>
public sealed class DecisionPackageQueries(PerheverkkoDb db, AccessControl access, TimeProvider clock)
{
    public async Task<OrganisationPackagesView> ForOrganisationAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.ViewStaffArea, objectType: "Organisation", objectId: organisationId, cancellationToken: cancellationToken);
        var today = HelsinkiTime.Today(clock);
        var isParty = await (from p in db.Parties
                             join v in db.AgreementVersions on p.AgreementVersionId equals v.Id
                             where p.OrganisationId == organisationId && v.StartYear <= today.Year && v.EndYear >= today.Year
                             select p.Id).AnyAsync(cancellationToken);
        var mayRecord = AccessControl.Permits(actor, StaffAction.RecordOrganHandling, organisationId);
        if (!isParty) return new OrganisationPackagesView(organisationId, [], mayRecord);

        var rows = await (from i in db.AgendaItems
                          join m in db.Meetings on i.MeetingId equals m.Id
                          join g in db.Groups on m.GroupId equals g.Id
                          where i.Kind == AgendaItemKind.ForPartiesDecisionMaking && m.Status == MeetingStatus.MinutesApproved
                                && g.Visibility == GroupVisibility.StaffOfParties
                          select new { Item = i, m.StartsAt, m.Id, GroupName = g.Name }).AsNoTracking().ToListAsync(cancellationToken);
        var itemIds = rows.Select(r => r.Item.Id).ToList();
        var numbers = await db.DecisionNumbers.AsNoTracking().Where(d => itemIds.Contains(d.AgendaItemId)).ToListAsync(cancellationToken);
        var documents = await db.AgendaAttachments.AsNoTracking().Where(a => itemIds.Contains(a.AgendaItemId)).OrderBy(a => a.UploadedAt)
            .Select(a => new { a.AgendaItemId, View = new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256) }).ToListAsync(cancellationToken);
        var handlings = await db.OrganHandlings.AsNoTracking().Where(h => h.OrganisationId == organisationId && itemIds.Contains(h.AgendaItemId))
            .ToDictionaryAsync(h => h.AgendaItemId, cancellationToken);
        var packages = rows.OrderByDescending(r => r.StartsAt).ThenBy(r => r.Item.Position)
            .Select(r => new DecisionPackageView(r.Item.Id, r.Id, r.GroupName, HelsinkiTime.DateOf(r.StartsAt), r.Item.Title,
                numbers.SingleOrDefault(n => n.AgendaItemId == r.Item.Id)?.Label, r.Item.Decision,
                documents.Where(d => d.AgendaItemId == r.Item.Id).Select(d => d.View).ToList(),
                handlings.GetValueOrDefault(r.Item.Id)?.HandledOn, handlings.GetValueOrDefault(r.Item.Id)?.Reference))
            .ToList();
        return new OrganisationPackagesView(organisationId, packages, mayRecord);
    }
}

/// <summary>A party records how its own organ handled a package; only its own organisation's status (the coordinator and admin may for any).</summary>
public sealed class RecordOrganHandling(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(DateOnly? HandledOn, string? Reference);

    public async Task HandleAsync(Actor? actor, Guid organisationId, Guid agendaItemId, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.RecordOrganHandling, organisationId, "Organisation", organisationId, cancellationToken: cancellationToken);
        new InputCheck()
            .That(request.HandledOn is not null, "handledOn", "validation.required")
            .Required("reference", request.Reference, GovernanceLimits.Title)
            .ThrowIfInvalid();
        var package = await (from i in db.AgendaItems
                             join m in db.Meetings on i.MeetingId equals m.Id
                             where i.Id == agendaItemId && i.Kind == AgendaItemKind.ForPartiesDecisionMaking && m.Status == MeetingStatus.MinutesApproved
                             select new { m.StartsAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.PackageNotFound);
        RuleCheck.That(request.HandledOn!.Value >= HelsinkiTime.DateOf(package.StartsAt), GovernanceRules.HandledBeforeMeeting);
        RuleCheck.That(await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken), GovernanceRules.OrganisationNotFound);
        var now = clock.GetUtcNow().UtcDateTime;
        var reference = request.Reference!.Trim();
        var existing = await db.OrganHandlings.SingleOrDefaultAsync(h => h.AgendaItemId == agendaItemId && h.OrganisationId == organisationId, cancellationToken);
        if (existing is null) db.OrganHandlings.Add(new OrganHandling(Guid.CreateVersion7(), agendaItemId, organisationId, request.HandledOn.Value, reference, actor?.Name ?? "", now));
        else existing.Record(request.HandledOn.Value, reference, actor?.Name ?? "", now);
        audit.Record(actor, AuditEvent.OrganHandlingRecorded, "AgendaItem", agendaItemId, $"organisation {organisationId}: {request.HandledOn.Value:yyyy-MM-dd} {reference}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

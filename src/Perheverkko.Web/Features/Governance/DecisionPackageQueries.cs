using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

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
        var regionId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (Guid?)o.RegionId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(GovernanceRules.OrganisationNotFound);
        var on = new AccessObject("Organisation", organisationId, regionId, organisationId);
        await access.RequireAsync(actor, StaffAction.ViewStaffArea, on, cancellationToken);
        var today = HelsinkiTime.Today(clock);
        var isParty = await (from p in db.Parties
                             join v in db.AgreementVersions on p.AgreementVersionId equals v.Id
                             where p.OrganisationId == organisationId && v.StartYear <= today.Year && v.EndYear >= today.Year
                             select p.Id).AnyAsync(cancellationToken);
        var mayRecord = (await access.PermittedAsync(actor, [on], [StaffAction.RecordOrganHandling], cancellationToken)).Has(organisationId, StaffAction.RecordOrganHandling);
        if (!isParty) return new OrganisationPackagesView(organisationId, [], mayRecord);

        var rows = await (from i in db.AgendaItems
                          join m in db.Meetings on i.MeetingId equals m.Id
                          join g in db.Groups on m.GroupId equals g.Id
                          where i.Kind == AgendaItemKind.ForPartiesDecisionMaking && m.Status == MeetingStatus.MinutesApproved
                                && g.Visibility == GroupVisibility.StaffOfParties && g.RegionId == regionId
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

using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>An organisation of the region and the communication owners it has named (none yet: an empty list).</summary>
public sealed record CommunicationOwnerRow(Guid OrganisationId, LocalizedText Organisation, IReadOnlyList<ContactPersonView> Owners);

/// <summary>
/// Who owns communication at each party (001 §14: the coordinator plans the network's communication with the
/// communication owners of the county, the municipalities and the other parties). The coordinator's list shows which
/// parties have named one and which have not; naming is done on the organisation's page as a contact role.
/// </summary>
public sealed class CommunicationOwnerQueries(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public const string RegionObject = "CommunicationOwners";

    public static AccessObject ListOf(Guid regionId) => new(RegionObject, regionId, regionId);

    /// <summary>Those who run the network's communication (the bulletin senders) see every party's owner.</summary>
    public Task<bool> MayViewAsync(Actor? actor, CancellationToken cancellationToken) =>
        actor?.RegionId is { } region ? access.PermitsAsync(actor, StaffAction.SendBulletins, ListOf(region), cancellationToken) : Task.FromResult(false);

    /// <summary>The region's open organisations with their communication owners; a read of personal data, so audited.</summary>
    public async Task<IReadOnlyList<CommunicationOwnerRow>> OwnersAsync(Actor? actor, CancellationToken cancellationToken)
    {
        if (actor?.RegionId is not { } region)
        {
            await access.RequireAsync(actor, StaffAction.SendBulletins, null, cancellationToken);
            throw new NotFoundException(AccessRules.NotFound);
        }
        await access.RequireAsync(actor, StaffAction.SendBulletins, ListOf(region), cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.RegionId == region && o.ClosedOn == null)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var owners = (await db.ContactPersons.AsNoTracking().Where(c => c.Role == ContactRole.CommunicationOwner).ToListAsync(cancellationToken))
            .ToLookup(c => c.OrganisationId, c => new ContactPersonView(c.Id, c.Name, c.Email, c.Role, c.Title));
        var rows = organisations.OrderBy(o => o.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi"), false))
            .Select(o => new CommunicationOwnerRow(o.Id, o.Name, owners[o.Id].OrderBy(c => c.Name).ToList())).ToList();
        await audit.RecordNowAsync(actor, AuditEvent.ContactPersonsRead, AuditOutcome.Succeeded, RegionObject, region,
            $"{rows.Sum(r => r.Owners.Count)} communication owners", cancellationToken, region);
        return rows;
    }
}

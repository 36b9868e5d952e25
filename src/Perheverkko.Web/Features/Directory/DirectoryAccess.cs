using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// Who edits a directory entry, on top of <see cref="AccessCatalogue"/> (<see cref="StaffAction.EditDirectory"/>: the
/// region's coordinators, and the staff of the maintaining organisation): a municipality's representative also edits
/// the meeting places in that municipality, whoever maintains them (the municipality answers for its meeting places,
/// 003 §4). Anyone else goes through <see cref="AccessControl.RequireAsync"/>, which audits the refusal.
/// </summary>
public static class DirectoryAccess
{
    public static async Task RequireEditAsync(AccessControl access, PerheverkkoDb db, Actor? actor, DirectoryEntry entry, CancellationToken cancellationToken)
    {
        if (await MayEditAsync(db, actor, entry, cancellationToken)) return;
        await access.RequireAsync(actor, StaffAction.EditDirectory, entry.OrganisationId, entry.GetType().Name, entry.Id, cancellationToken);
    }

    public static async Task<bool> MayEditAsync(PerheverkkoDb db, Actor? actor, DirectoryEntry entry, CancellationToken cancellationToken) =>
        AccessControl.Permits(actor, StaffAction.EditDirectory, entry.OrganisationId)
        || (entry is MeetingPlace place && await ActorMunicipalityAsync(db, actor, cancellationToken) == place.MunicipalityId);

    /// <summary>The municipality a representative speaks for, when their organisation is a municipality.</summary>
    public static async Task<Guid?> ActorMunicipalityAsync(PerheverkkoDb db, Actor? actor, CancellationToken cancellationToken) =>
        actor is { Role: StaffRole.Representative, OrganisationId: { } organisationId }
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.MunicipalityId).SingleOrDefaultAsync(cancellationToken)
            : null;
}

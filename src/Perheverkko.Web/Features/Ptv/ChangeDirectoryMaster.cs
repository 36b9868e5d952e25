using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>
/// Moves a service or meeting place between the two masters (decision 0035): kept in PTV (imported, read-only here except
/// for what PTV has no field for) or kept here (edited here and exported). Needs both the right to edit the entry and the
/// right to synchronise its organisation with PTV.
/// </summary>
public sealed class ChangeDirectoryMaster(PerheverkkoDb db, AccessControl access, AuditLog audit, DirectoryCommit commit, TimeProvider clock)
{
    public sealed record Request(int? Version, DirectoryMaster? Master);

    public async Task<int> HandleAsync(Actor? actor, PtvEntryKind kind, Guid id, Request request, CancellationToken cancellationToken)
    {
        var entry = await PtvEntries.GetAsync(db, kind, id, cancellationToken);
        await access.RequireAsync(actor, StaffAction.EditDirectory, DirectoryRelationships.Of(entry), cancellationToken);
        await access.RequireAsync(actor, StaffAction.SyncWithPtv, PtvAccess.Of(entry.OrganisationId, entry.RegionId), cancellationToken);
        new InputCheck().That(request.Version is not null, "version", "validation.required").Defined("master", request.Master).ThrowIfInvalid();
        entry.SwitchMaster(request.Version!.Value, request.Master!.Value, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.DirectoryMasterChanged, DirectoryRelationships.TypeOf(entry), id, request.Master.Value.ToString(), entry.RegionId);
        await commit.SaveAsync(entry, cancellationToken);
        return entry.Version;
    }
}

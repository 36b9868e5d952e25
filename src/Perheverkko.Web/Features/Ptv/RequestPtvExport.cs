using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>STUB (helper B replaces it): queues an entry kept here for sending to PTV (create, update, or archive when archived here).</summary>
public sealed class RequestPtvExport
{
    public Task<PtvExportStatus> HandleAsync(Actor? actor, PtvEntryKind kind, Guid entryId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}

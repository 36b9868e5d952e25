using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>STUB (helper A replaces it): reads PTV again and applies every valid new or changed entry, each whole or not at all.</summary>
public sealed class ApplyPtvImport
{
    public Task<PtvImportResult> HandleAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}

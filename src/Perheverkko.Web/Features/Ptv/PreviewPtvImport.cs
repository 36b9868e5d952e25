using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>STUB (helper A replaces it): reads the organisation's services and service locations from PTV and says what an import would change.</summary>
public sealed class PreviewPtvImport
{
    public Task<PtvImportPreview> HandleAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}

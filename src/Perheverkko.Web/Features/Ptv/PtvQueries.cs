using Perheverkko.Web.Platform.Access;

namespace Perheverkko.Web.Features.Ptv;

/// <summary>STUB (helper B replaces it): an organisation's PTV page, and one entry's PTV state for its edit page.</summary>
public sealed class PtvQueries
{
    public Task<PtvOrganisationView> OrganisationAsync(Actor? actor, Guid organisationId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<PtvEntryView?> EntryAsync(Actor? actor, PtvEntryKind kind, Guid entryId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}

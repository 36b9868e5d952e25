using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Ptv.Staff;

/// <summary><c>/staff/ptv</c>: the organisations this person may connect to PTV — their own, or the region's for its leads.</summary>
public sealed class IndexModel(PtvStaffQueries queries) : PerheverkkoPage
{
    public IReadOnlyList<PtvOrganisationRow> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisations = await queries.OrganisationsAsync(Actor, cancellationToken);
}

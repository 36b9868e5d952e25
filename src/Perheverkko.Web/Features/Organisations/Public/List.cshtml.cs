using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Public;

[AllowAnonymous]
public sealed class ListModel(OrganisationQueries queries) : PerheverkkoPage
{
    public IReadOnlyList<PublicOrganisationView> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisations = await queries.ListAsync(null, cancellationToken);
}

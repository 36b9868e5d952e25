using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Staff;

public sealed class ListModel(OrganisationQueries queries) : PerheverkkoPage
{
    public IReadOnlyList<PublicOrganisationView> Organisations { get; private set; } = [];
    public OrganisationKind? Kind { get; private set; }

    public bool MayEdit(Guid organisationId) => AccessControl.Permits(Actor, StaffAction.EditOrganisation, organisationId);

    public async Task OnGetAsync(OrganisationKind? kind, CancellationToken cancellationToken)
    {
        Kind = kind;
        Organisations = await queries.ListAsync(kind, cancellationToken);
    }
}

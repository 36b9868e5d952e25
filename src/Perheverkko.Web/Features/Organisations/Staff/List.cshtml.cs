using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Staff;

public sealed class ListModel(OrganisationQueries queries, CommunicationOwnerQueries owners) : PerheverkkoPage
{
    public IReadOnlyList<StaffOrganisationRow> Organisations { get; private set; } = [];
    public OrganisationKind? Kind { get; private set; }
    public bool MayViewCommunicationOwners { get; private set; }

    public async Task OnGetAsync(OrganisationKind? kind, CancellationToken cancellationToken)
    {
        Kind = kind;
        Organisations = await queries.ListForStaffAsync(Actor, kind, cancellationToken);
        MayViewCommunicationOwners = await owners.MayViewAsync(Actor, cancellationToken);
    }
}

using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Governance.Staff;

public sealed class GroupsModel(GovernanceQueries queries) : PerheverkkoPage
{
    public IReadOnlyList<GroupSummaryView> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Groups = await queries.ListGroupsAsync(Actor, cancellationToken);
}

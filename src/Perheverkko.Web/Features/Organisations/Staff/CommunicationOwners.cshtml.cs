using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Organisations.Staff;

/// <summary>The coordinator's list of the parties' communication owners, and which parties have not named one.</summary>
public sealed class CommunicationOwnersModel(CommunicationOwnerQueries queries) : PerheverkkoPage
{
    public IReadOnlyList<CommunicationOwnerRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await queries.OwnersAsync(Actor, cancellationToken);
}

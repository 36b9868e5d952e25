using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Administration;

/// <summary>What the system is sending: queued, retrying (with the last error), sent and given-up messages.</summary>
public sealed class OutboxModel(AdministrationQueries queries) : PerheverkkoPage
{
    public PageOf<OutboxRowView> Rows { get; private set; } = null!;
    public OutboxState? State { get; private set; }

    public async Task OnGetAsync(OutboxState? state, int? page, CancellationToken cancellationToken)
    {
        State = state;
        Rows = await queries.OutboxAsync(Actor, state, page ?? 1, cancellationToken);
    }
}

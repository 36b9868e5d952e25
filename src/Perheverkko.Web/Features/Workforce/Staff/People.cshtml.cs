using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Workforce.Staff;

/// <summary>The organisation's people in the network's activities, with a short standing; every opening is audited.</summary>
public sealed class PeopleModel(WorkforceQueries queries) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public WorkerKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Attention { get; set; }

    public PeopleView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await queries.PeopleAsync(Actor, new PeopleFilter(Kind, Attention), cancellationToken);
}

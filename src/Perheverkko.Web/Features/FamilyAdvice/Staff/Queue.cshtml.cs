using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice.Staff;

/// <summary>The Perheneuvo queue: what needs an answer first, filtered by state, team or "mine"; no words of families.</summary>
public sealed class QueueModel(FamilyAdviceQueries queries) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public ContactState? State { get; set; }
    /// <summary>A team's id, or "regional" for the regional queue.</summary>
    [BindProperty(SupportsGet = true)] public string? Team { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public QueueView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await queries.QueueAsync(Actor, new QueueFilter(State, Guid.TryParse(Team, out var team) ? team : null, Team == "regional", Mine,
            PageNumber), cancellationToken);

    public string PageLink(int page) =>
        $"/staff/perheneuvo?state={State}&team={Uri.EscapeDataString(Team ?? "")}&mine={(Mine ? "true" : "false")}&p={page}";
}

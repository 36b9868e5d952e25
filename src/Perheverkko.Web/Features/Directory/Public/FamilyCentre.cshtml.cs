using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>A family centre: its premises, the services offered there and what happens there, with a way on to its municipality.</summary>
[AllowAnonymous]
public sealed class FamilyCentreModel(DirectoryQueries queries) : PerheverkkoPage
{
    public NamedRef FamilyCentre { get; private set; } = null!;
    public NamedRef Municipality { get; private set; } = null!;
    public IReadOnlyList<DirectoryHit> Places { get; private set; } = [];
    public IReadOnlyList<DirectoryHit> Services { get; private set; } = [];
    public IReadOnlyList<WeekItem> ThisWeek { get; private set; } = [];

    public async Task OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        (FamilyCentre, Municipality) = await queries.FamilyCentreAsync(slug, cancellationToken);
        Places = await queries.PlaceHitsAsync(null, FamilyCentre.Id, cancellationToken);
        var placeIds = Places.Select(p => p.Id).ToList();
        Services = await queries.ServiceHitsAsync(null, placeIds, cancellationToken);
        ThisWeek = await queries.ThisWeekAsync(Municipality.Id, null, cancellationToken);
    }
}

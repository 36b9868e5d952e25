using Microsoft.AspNetCore.Authorization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>"This week in Mikkeli": every occurrence of the coming seven days, in time order.</summary>
[AllowAnonymous]
public sealed class ThisWeekModel(DirectoryQueries queries) : PerheverkkoPage
{
    public NamedRef Municipality { get; private set; } = null!;
    public IReadOnlyList<WeekItem> Items { get; private set; } = [];

    public async Task OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        (Municipality, _) = await queries.MunicipalityAsync(slug, cancellationToken);
        Items = await queries.ThisWeekAsync(Municipality.Id, null, cancellationToken);
    }
}

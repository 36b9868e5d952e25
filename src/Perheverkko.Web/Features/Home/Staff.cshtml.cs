using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Home;

/// <summary>The staff area's start page: links to what this person may use.</summary>
public sealed class StaffModel : PerheverkkoPage
{
    public StaffHomeView View { get; private set; } = null!;

    public void OnGet() => View = HomeQueries.StaffHome(Actor);
}

using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Perheverkko.Web.Features.Regions;

/// <summary>
/// The region-qualified public addresses (decision 0026): every public page whose key (a period, an organisation's or a
/// meeting place's short name) is unique only within a region is also served under <c>/r/{region}/…</c>. The short
/// addresses stay the default region's; a page reads the optional route value <c>region</c>.
/// </summary>
public static class RegionRoutes
{
    public const string Parameter = "region";

    private static readonly (string Page, string Route)[] Pages =
    [
        ("/Home/Index", "r/{region}"),
        ("/Home/Network", "r/{region}/network"),
        ("/Agreements/Public/Version", "r/{region}/agreement/{period?}"),
        ("/Agreements/Public/Changes", "r/{region}/agreement/changes"),
        ("/Agreements/Signing/Public/Decisions", "r/{region}/agreement/{period}/decisions"),
        ("/Organisations/Public/List", "r/{region}/organisations"),
        ("/Organisations/Public/Details", "r/{region}/organisations/{key}"),
        ("/Directory/Public/Search", "r/{region}/directory"),
        ("/Directory/Public/Place", "r/{region}/directory/places/{key}"),
        ("/Directory/Public/Municipality", "r/{region}/directory/municipalities/{slug}"),
        ("/Directory/Public/ThisWeek", "r/{region}/directory/municipalities/{slug}/this-week"),
        ("/Directory/Public/FamilyCentre", "r/{region}/directory/family-centres/{slug}"),
        ("/Privacy/Public/Notice", "r/{region}/tietosuoja"),
        ("/Privacy/Public/Accessibility", "r/{region}/saavutettavuus"),
        ("/Privacy/Public/FeedbackSent", "r/{region}/saavutettavuus/kiitos"),
        ("/FamilyAdvice/Public/Contact", "r/{region}/perheneuvo"),
        ("/FamilyAdvice/Public/Answer", "r/{region}/perheneuvo/vastaus/{secret}"),
        ("/Materials/Public/Index", "r/{region}/materials"),
    ];

    public static void AddRegionAddresses(this PageConventionCollection conventions)
    {
        foreach (var (page, route) in Pages) conventions.AddPageRoute(page, route);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Telemetry;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>
/// The public search: one box and filters in a GET form, so every result page has an address to share and bookmark.
/// A filter that is not understood is named in a message and gives no results; nothing a visitor types is an error.
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Name)]
public sealed class SearchModel(DirectoryQueries queries, AppMetrics metrics) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Age { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    [BindProperty(SupportsGet = true)] public string? Free { get; set; }
    [BindProperty(SupportsGet = true)] public string? Week { get; set; }
    /// <summary>One region's items only: <c>?region=etela-savo</c>, or the address /r/{region}/directory. Without it, every region's.</summary>
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public DirectoryFilter Filter { get; private set; } = new(null, null, null, null, null, null, false, false);
    public IReadOnlyDictionary<string, FieldError> Errors { get; private set; } = new Dictionary<string, FieldError>();
    public DirectorySearchResult? Result { get; private set; }
    public IReadOnlyList<NamedRef> Municipalities { get; private set; } = [];
    public bool Searched { get; private set; }
    /// <summary>The regions to choose from; the choice is shown only when there are several.</summary>
    public IReadOnlyList<RegionAddress> Regions { get; private set; } = [];
    public RegionAddress? ChosenRegion { get; private set; }
    /// <summary>What each municipality's page address begins with (its region's prefix).</summary>
    public IReadOnlyDictionary<Guid, string> MunicipalityPrefixes { get; private set; } = new Dictionary<Guid, string>();

    public static readonly IReadOnlyList<string> LanguageChoices = ["fi", "sv", "en", "ru", "ar", "uk", "so", "et"];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Regions = await queries.RegionsAsync(cancellationToken);
        var problems = new Dictionary<string, FieldError>();
        if (!string.IsNullOrWhiteSpace(Region))
        {
            ChosenRegion = Regions.FirstOrDefault(r => r.Slug == Region.Trim().ToLowerInvariant());
            if (ChosenRegion is null)
            {
                // An unknown region in the address itself is no page at all; in the form's choice, a message.
                if (RouteData.Values.ContainsKey(RegionRoutes.Parameter)) throw new NotFoundException(Organisations.OrganisationRules.RegionNotFound);
                problems["region"] = new FieldError("directory.filter_unknown");
            }
        }
        MunicipalityPrefixes = await queries.MunicipalityPrefixesAsync(cancellationToken);
        Municipalities = ChosenRegion is { } chosen
            ? await queries.MunicipalitiesAsync(chosen.Id, cancellationToken)
            : await queries.MunicipalitiesAsync(cancellationToken);
        // Read from the query itself: "page" is also Razor Pages' own route value (the page's path).
        var input = new DirectoryFilterInput(Q, Municipality, Kind, Age, Language, Day, Free, Week, Request.Query["page"].FirstOrDefault());
        Filter = input.Parse(await queries.MunicipalitySlugsAsync(cancellationToken), out var errors) with { RegionId = ChosenRegion?.Id };
        foreach (var (field, error) in errors) problems[field] = error;
        Errors = problems;
        if (problems.Count > 0) return;
        Searched = true;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Result = await queries.SearchAsync(Filter, cancellationToken);
        metrics.RecordSearch(SearchApi.Page, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    public string Message(FieldError error) => string.Format(System.Globalization.CultureInfo.CurrentCulture, T[error.Key], error.Args);

    /// <summary>This search's address with another text, from its first page (a suggestion's link).</summary>
    public string SearchLink(string text)
    {
        var query = Request.Query.Where(q => q.Key is not ("page" or "q")).SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        if (!Request.Query.ContainsKey("region") && ChosenRegion is { } chosen) query = query.Prepend($"region={Uri.EscapeDataString(chosen.Slug)}");
        return "/directory?" + string.Join('&', query.Prepend($"q={Uri.EscapeDataString(text)}"));
    }

    /// <summary>This search's address with another page number.</summary>
    public string PageLink(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        // On /r/{region}/directory the region is in the path: the page's links carry it as the choice.
        if (!Request.Query.ContainsKey("region") && ChosenRegion is { } chosen) query = query.Prepend($"region={Uri.EscapeDataString(chosen.Slug)}");
        return "/directory?" + string.Join('&', query.Append($"page={page}"));
    }
}

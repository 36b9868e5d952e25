using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Directory.Public;

/// <summary>
/// The public search: one box and filters in a GET form, so every result page has an address to share and bookmark.
/// A filter that is not understood is named in a message and gives no results; nothing a visitor types is an error.
/// </summary>
[AllowAnonymous]
public sealed class SearchModel(DirectoryQueries queries) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Age { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    [BindProperty(SupportsGet = true)] public string? Free { get; set; }
    [BindProperty(SupportsGet = true)] public string? Week { get; set; }

    public DirectoryFilter Filter { get; private set; } = new(null, null, null, null, null, null, false, false);
    public IReadOnlyDictionary<string, FieldError> Errors { get; private set; } = new Dictionary<string, FieldError>();
    public DirectorySearchResult? Result { get; private set; }
    public IReadOnlyList<NamedRef> Municipalities { get; private set; } = [];
    public bool Searched { get; private set; }

    public static readonly IReadOnlyList<string> LanguageChoices = ["fi", "sv", "en", "ru", "ar", "uk", "so", "et"];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Municipalities = await queries.MunicipalitiesAsync(cancellationToken);
        // Read from the query itself: "page" is also Razor Pages' own route value (the page's path).
        var input = new DirectoryFilterInput(Q, Municipality, Kind, Age, Language, Day, Free, Week, Request.Query["page"].FirstOrDefault());
        Filter = input.Parse(await queries.MunicipalitySlugsAsync(cancellationToken), out var errors);
        Errors = errors;
        if (errors.Count > 0) return;
        Searched = true;
        Result = await queries.SearchAsync(Filter, cancellationToken);
    }

    public string Message(FieldError error) => string.Format(System.Globalization.CultureInfo.CurrentCulture, T[error.Key], error.Args);

    /// <summary>This search's address with another page number.</summary>
    public string PageLink(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return "/directory?" + string.Join('&', query.Append($"page={page}"));
    }
}

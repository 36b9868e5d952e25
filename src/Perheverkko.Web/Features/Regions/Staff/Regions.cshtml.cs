using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Regions.Staff;

/// <summary>
/// The national administrator's regions: the list, and adding one in two steps — check what was typed, then confirm,
/// because a region once added stays (records and accounts come to belong to it).
/// </summary>
public sealed class RegionsModel(RegionTermsQueries queries, AddRegion addRegion) : PerheverkkoPage
{
    public sealed class AddInput
    {
        public string? Slug { get; set; }
        public LocalizedTextInput Name { get; set; } = new(null, null, null);
        /// <summary>One a line or comma-separated: <c>990:Kuvitteela:Fiktiva</c>.</summary>
        public string? Municipalities { get; set; }
    }

    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    [BindProperty] public AddInput Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    /// <summary>Set when the input passed every check: the page asks to confirm what will be added.</summary>
    public AddRegion.Plan? Plan { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Regions = await queries.ListAsync(Actor, cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        await TryAsync(async () => Plan = await addRegion.CheckAsync(Actor, AddRequest(), cancellationToken));
        Regions = await queries.ListAsync(Actor, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => addRegion.HandleAsync(Actor, AddRequest(), cancellationToken)))
        {
            Notice = T["region.added", Input.Slug!.Trim()];
            return RedirectToPage();
        }
        Regions = await queries.ListAsync(Actor, cancellationToken);
        return Page();
    }

    /// <summary>Back from the confirmation to the form, with everything as typed.</summary>
    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Regions = await queries.ListAsync(Actor, cancellationToken);
        return Page();
    }

    private AddRegion.Request AddRequest() => new(Input.Slug, Input.Name, null, AddRegion.ParseMunicipalities(Input.Municipalities));
}

using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Indicators.Staff;

/// <summary>The region's indicators as tables and line charts per municipality over years; choosing them and importing values for who may.</summary>
[RequestSizeLimit(2 * MaxUploadBytes + 100_000)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * MaxUploadBytes + 100_000)]
public sealed class IndexModel(IndicatorsQueries queries, SaveIndicator save, ImportIndicatorValues import, FetchIndicatorValues fetch) : PerheverkkoPage
{
    public const long MaxUploadBytes = 20_000_000;

    [BindProperty] public int? SotkanetId { get; set; }
    [BindProperty] public LocalizedTextInput Name { get; set; } = new(null, null, null);
    [BindProperty] public IFormFile? DataFile { get; set; }
    [BindProperty] public IFormFile? Regions { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty(SupportsGet = true)] public int? Imported { get; set; }
    [BindProperty(SupportsGet = true)] public int? Skipped { get; set; }
    public IndicatorsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await queries.StaffViewAsync(Actor, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => save.HandleAsync(Actor, null, new SaveIndicator.Request(SotkanetId, Name), cancellationToken), ""))
            return Redirect("/staff/indicators?done=added");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        ImportIndicatorValues.Result? result = null;
        IndicatorRowRefused? refused = null;
        var ran = await TryAsync(async () => { try { result = await import.HandleAsync(Actor, new ImportIndicatorValues.Request(await ReadAsync(DataFile), await ReadAsync(Regions)), cancellationToken); } catch (IndicatorRowRefused row) { refused = row; } }, "");
        // A refused row is named: the page says which row and why, nothing was saved.
        if (refused is not null) ModelState.AddModelError("File", T["indicators.row_refused", refused.Row, RuleMessage(refused.Cause)]);
        else if (ran)
            return Redirect($"/staff/indicators?done=imported&imported={result!.Imported}&skipped={result.Skipped}");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFetchAsync(CancellationToken cancellationToken)
    {
        ImportIndicatorValues.Result? result = null;
        IndicatorRowRefused? refused = null;
        var ran = await TryAsync(async () => { try { result = await fetch.HandleAsync(Actor, new FetchIndicatorValues.Request(), cancellationToken); } catch (IndicatorRowRefused row) { refused = row; } }, "");
        // A refused row is named: the page says which row and why, nothing was saved.
        if (refused is not null) ModelState.AddModelError("File", T["indicators.row_refused", refused.Row, RuleMessage(refused.Cause)]);
        else if (ran)
            return Redirect($"/staff/indicators?done=imported&imported={result!.Imported}&skipped={result.Skipped}");
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private static async Task<string?> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0) return null;
        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync();
    }
}

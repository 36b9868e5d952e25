using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice.Staff;

/// <summary>
/// Perheneuvo's statistics without people: a year's tables, suppressed by the small-cell rule, and a team member's own
/// municipality unsuppressed; CSV and XLSX of exactly what the page shows. The year is chosen with a GET form (no script).
/// </summary>
public sealed class StatisticsModel(AdviceStatisticsQueries queries, TimeProvider clock) : PerheverkkoPage
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int ShownYear { get; private set; }
    public int ThisYear { get; private set; }
    public AdviceStatisticsView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The region's suppressed tables as one CSV: the tables one after another, each with its headers.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var csv = new List<byte>();
        foreach (var table in View.Exports)
        {
            // The table's title on a line of its own above its headers, so the sections of the file are named.
            byte[] bytes = [.. TableExport.Csv(new ExportTable(table.Title, [table.Title], [])), .. TableExport.Csv(table).Skip(System.Text.Encoding.UTF8.GetPreamble().Length)];
            // One byte order mark at the start; the next tables follow after an empty line.
            csv.AddRange(csv.Count == 0 ? bytes : [.. "\r\n"u8.ToArray(), .. bytes.Skip(System.Text.Encoding.UTF8.GetPreamble().Length)]);
        }
        return File(csv.ToArray(), TableExport.CsvType, TableExport.FileName(FileTitle, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return File(TableExport.Xlsx(View.Exports), TableExport.XlsxType, TableExport.FileName(FileTitle, "xlsx"));
    }

    private string FileTitle => $"{T["advice.stats.file"]} {ShownYear}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ThisYear = HelsinkiTime.Today(clock).Year;
        // Out-of-range years are shown as this year rather than refused: the page has nothing else to say about them.
        ShownYear = Year is >= 2020 and <= 2100 ? Year.Value : ThisYear;
        View = await queries.StatisticsAsync(Actor, StatisticsPeriod.Year(ShownYear), Texts.CurrentLanguage, cancellationToken);
    }
}

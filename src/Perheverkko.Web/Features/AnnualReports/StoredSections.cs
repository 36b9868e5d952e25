using System.Text.Json;
using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>
/// The sections as stored with the report (JSON per language): the contract's records, with the table cells as text or
/// number, so a finished report renders the same whatever the live data does later.
/// </summary>
public static class StoredSections
{
    private sealed record Cell(string? Text, decimal? Number);
    private sealed record Table(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<Cell>> Rows, IReadOnlyList<string> Notes);
    private sealed record Section(string Key, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<Table> Tables, IReadOnlyList<ReportChart> Charts);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<AnnualReportSection> sections) =>
        JsonSerializer.Serialize(sections.Select(s => new Section(s.Key, s.Title, s.Paragraphs,
            s.Tables.Select(t => new Table(t.Title, t.Headers, t.Rows.Select(r => (IReadOnlyList<Cell>)r.Select(c => new Cell(c.Text, c.Number)).ToList()).ToList(), t.Notes)).ToList(),
            s.Charts)).ToList(), Options);

    public static IReadOnlyList<AnnualReportSection> Read(string json) =>
        (JsonSerializer.Deserialize<List<Section>>(json, Options) ?? []).Select(s => new AnnualReportSection(s.Key, s.Title, s.Paragraphs,
            s.Tables.Select(t => new ExportTable(t.Title, t.Headers,
                t.Rows.Select(r => (IReadOnlyList<TableCell>)r.Select(c => c.Number is { } n ? TableCell.Of(n) : TableCell.Of(c.Text)).ToList()).ToList()) { Notes = t.Notes }).ToList(),
            s.Charts)).ToList();
}

using Perheverkko.Web.Platform.Documents;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>
/// A feature's part of the annual report (001 §19): each feature that holds the year's data writes its own section, so
/// the report does not reach into their tables (the same shape as the sitemap's sources). Registered in DI as
/// <c>IAnnualReportSource</c>; the report orders the sections by <see cref="Order"/>.
/// </summary>
public interface IAnnualReportSource
{
    /// <summary>Where the section goes (lower first): 10 action plan, 20 parties, 30 governance, 40 directory,
    /// 50 Perheneuvo, 60 family survey, 70 municipal evaluations, 80 indicators.</summary>
    int Order { get; }

    /// <summary>The section for the region's year in the language, or null when the feature has nothing for that year.
    /// Every count of people in it has passed the small-cell rule (<c>SmallCells</c>) already.</summary>
    Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken);
}

/// <summary>One section of the annual report: a heading, paragraphs of plain text, tables and charts.</summary>
/// <param name="Key">A stable name of the section (e.g. <c>survey</c>), for anchors and the spreadsheet's sheet names.</param>
public sealed record AnnualReportSection(string Key, string Title, IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ExportTable> Tables, IReadOnlyList<ReportChart> Charts);

public enum ReportChartKind
{
    /// <summary>Values over time (indicators per municipality over years).</summary>
    Line,
    /// <summary>Values per category (answers per option).</summary>
    Bar,
}

/// <summary>A chart the report draws (on the server) from its categories and series; a null value is hidden or missing.</summary>
public sealed record ReportChart(string Title, ReportChartKind Kind, string ValueLabel, IReadOnlyList<string> Categories,
    IReadOnlyList<ReportSeries> Series);

/// <summary>One line or set of bars; <see cref="Values"/> has one entry per category of the chart.</summary>
public sealed record ReportSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// Data a feature keeps only "until the annual report" (000 §19; the region's retention policy decides when that is):
/// the report's deletion job asks each source to count (the coordinator's dry run) and then to delete. Registered in DI as
/// <c>IYearEndDeletion</c>.
/// </summary>
public interface IYearEndDeletion
{
    /// <summary>A stable name of the kind of data (e.g. <c>survey.free_text</c>); the dry run and the audit trail show
    /// it with the count, never the content. Its text is the key <c>yearend.kind.{Kind}</c>.</summary>
    string Kind { get; }

    /// <summary>How many rows of the region's year would go.</summary>
    Task<int> CountAsync(Guid regionId, int year, CancellationToken cancellationToken);

    /// <summary>Deletes them (or clears the fields) and returns how many rows went; saves its own changes.</summary>
    Task<int> DeleteAsync(Guid regionId, int year, CancellationToken cancellationToken);
}

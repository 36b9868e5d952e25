using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.AnnualReports;

/// <summary>One kind of "until the annual report" data and how many rows of the year would go (the dry run).</summary>
public sealed record YearEndCount(string Kind, int Count);

public sealed record MeetingChoice(Guid Id, DateTime StartsAt, LocalizedText Group);

/// <summary>The report of a year as staff see it, with what the reader may do; <see cref="Sections"/> are the stored ones (none before compiling).</summary>
public sealed record AnnualReportStaffView(int Year, Guid? Id, AnnualReportState? State, LocalizedText? Narrative, IReadOnlyList<AnnualReportSection> Sections,
    DateTime? CompiledAt, DateTime? CompletedAt, DateTime? ApprovedAt, DateTime? PublishedAt, DateTime? YearEndDeletedAt, bool DeletionDue,
    bool ApprovalRequired, YearEndRetention Retention, IReadOnlyList<YearEndCount> DryRun, IReadOnlyList<MeetingChoice> UpcomingLeadershipMeetings,
    bool MayCompile, int Version);

/// <summary>A published report as anyone reads it.</summary>
public sealed record PublicAnnualReport(int Year, LocalizedText RegionName, LocalizedText Narrative, IReadOnlyList<AnnualReportSection> Sections, DateTime PublishedAt,
    string Path);

/// <summary>The reads of the annual report: the staff page with the dry run, the public page, the PDF and the spreadsheet.</summary>
public sealed class AnnualReportQueries(PerheverkkoDb db, AccessControl access, RegionAddressQueries regions, IEnumerable<IYearEndDeletion> deletions,
    Texts texts, TimeProvider clock)
{
    public async Task<AnnualReportStaffView> StaffViewAsync(Actor? actor, int year, string language, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        var report = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(r => r.RegionId == regionId && r.Year == year, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, AnnualReportAccess.Of(regionId, report?.Id), cancellationToken);
        CompileAnnualReport.CheckYear(year, clock);
        var mayCompile = await access.PermitsAsync(actor, StaffAction.CompileAnnualReport, AnnualReportAccess.Of(regionId, report?.Id), cancellationToken);
        var settings = await db.AnnualReportSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RegionId == regionId, cancellationToken) ?? new AnnualReportSettings(regionId);
        var dryRun = new List<YearEndCount>();
        if (mayCompile && report?.YearEndDeletedAt is null)
            foreach (var deletion in deletions.OrderBy(d => d.Kind, StringComparer.Ordinal))
                dryRun.Add(new YearEndCount(deletion.Kind, await deletion.CountAsync(regionId, year, cancellationToken)));
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = mayCompile
            ? (await db.Meetings.AsNoTracking().Where(m => m.StartsAt > now && m.Status != MeetingStatus.Cancelled)
                .Join(db.Groups.Where(g => g.RegionId == regionId && g.Kind == GroupKind.Leadership), m => m.GroupId, g => g.Id, (m, g) => new { m.Id, m.StartsAt, g.Name })
                .ToListAsync(cancellationToken)).OrderBy(m => m.StartsAt).Take(12).Select(m => new MeetingChoice(m.Id, m.StartsAt, m.Name)).ToList()
            : [];
        return new AnnualReportStaffView(year, report?.Id, report?.State, report?.Narrative, report is null ? [] : StoredSections.Read(report.SectionsIn(Texts.Known(language))),
            report?.CompiledAt, report?.CompletedAt, report?.ApprovedAt, report?.PublishedAt, report?.YearEndDeletedAt,
            report?.DeletionDue(settings.Retention) ?? false, settings.ApprovalRequired, settings.Retention, dryRun, meetings, mayCompile, report?.Version ?? 0);
    }

    /// <summary>A published report; under a region's address only that region's, at the short address the default region's.</summary>
    public async Task<PublicAnnualReport> PublicAsync(string? regionSlug, int year, string language, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        var report = await db.AnnualReports.AsNoTracking().AcrossRegions().SingleOrDefaultAsync(r => r.RegionId == region.Id && r.Year == year && r.PublishedAt != null, cancellationToken)
            ?? throw new NotFoundException(AnnualReportsRules.NotFound);
        return new PublicAnnualReport(year, region.Name, report.Narrative, StoredSections.Read(report.SectionsIn(Texts.Known(language))), report.PublishedAt!.Value,
            $"{region.Prefix}/annual-report/{year}");
    }

    /// <summary>The report as a document (PDF or XLSX) for staff (any state once compiled) or, when <paramref name="regionSlug"/> is given, the public (published only).</summary>
    public async Task<(string Title, LocalizedText Narrative, IReadOnlyList<AnnualReportSection> Sections)> DocumentAsync(Actor? actor, string? regionSlug, int year,
        string language, CancellationToken cancellationToken)
    {
        if (actor is null)
        {
            var published = await PublicAsync(regionSlug, year, language, cancellationToken);
            return (Title(language, published.RegionName, year), published.Narrative, published.Sections);
        }
        var view = await StaffViewAsync(actor, year, language, cancellationToken);
        if (view.Id is null) throw new NotFoundException(AnnualReportsRules.NotFound);
        var region = actor.RegionId is { } own ? await regions.ByIdAsync(own, cancellationToken) : await regions.DefaultAsync(cancellationToken);
        return (Title(language, region.Name, year), view.Narrative!, view.Sections);
    }

    private string Title(string language, LocalizedText region, int year) => string.Format(System.Globalization.CultureInfo.InvariantCulture,
        texts.Get(language, "annualreport.document_title"), year, region.In(language));

    public static byte[] Pdf(string title, LocalizedText narrative, IReadOnlyList<AnnualReportSection> sections, string language)
    {
        var pdf = new PdfReport(title, null, language);
        foreach (var paragraph in narrative.In(language).Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            pdf.Paragraph(Platform.Text.SafeMarkdown.ToPlainText(paragraph));
        foreach (var section in sections)
        {
            pdf.Heading(section.Title);
            foreach (var paragraph in section.Paragraphs) pdf.Paragraph(paragraph);
            foreach (var chart in section.Charts)
            {
                pdf.Paragraph(chart.Title, bold: true);
                pdf.Drawing(ReportCharts.HeightOf(chart) * (PdfWidth / ReportCharts.Width), (g, area) => ReportCharts.Draw(g, area, chart));
            }
            foreach (var table in section.Tables)
            {
                pdf.Paragraph(table.Title, bold: true);
                pdf.Table(table.Headers, table.Rows.Select(r => (IReadOnlyList<string?>)r.Select(c => c.Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : c.Text).ToList()));
                foreach (var note in table.Notes) pdf.Paragraph(note);
            }
        }
        return pdf.ToBytes();
    }

    /// <summary>A4's width less the report's margins, in points.</summary>
    private const double PdfWidth = 595 - 2 * 56;

    /// <summary>Every table of every section, one sheet each; a report without tables still opens (one sheet of its section titles).</summary>
    public static byte[] Xlsx(IReadOnlyList<AnnualReportSection> sections)
    {
        var tables = sections.SelectMany(s => s.Tables).ToList();
        return TableExport.Xlsx(tables.Count > 0 ? tables : [new ExportTable("-", ["-"], sections.Select(s => (IReadOnlyList<TableCell>)[TableCell.Of(s.Title)]).ToList())]);
    }

    /// <summary>The hub's state of the report of the year, for staff of the region.</summary>
    public async Task<AnnualReportState?> StateAsync(Actor? actor, int year, CancellationToken cancellationToken)
    {
        var regionId = await regions.IdForAsync(actor, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewYearCycle, AnnualReportAccess.Of(regionId), cancellationToken);
        return (await db.AnnualReports.AsNoTracking().Where(r => r.RegionId == regionId && r.Year == year).ToListAsync(cancellationToken)).FirstOrDefault()?.State;
    }
}

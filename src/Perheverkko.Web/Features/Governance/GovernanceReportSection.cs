using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Governance;

/// <summary>The annual report's governance section (order 30): the leadership group's and the networks' meetings held and decisions numbered in the year. Read only.</summary>
public sealed class GovernanceReportSection(PerheverkkoDb db, Texts texts) : IAnnualReportSource
{
    public int Order => 30;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var groups = await db.Groups.AsNoTracking().AcrossRegions().Where(g => g.RegionId == regionId).OrderBy(g => g.Kind)
            .Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
        if (groups.Count == 0) return null;
        var ids = groups.Select(g => g.Id).ToList();
        var (from, until) = (HelsinkiTime.ToUtc(new DateOnly(year, 1, 1), TimeOnly.MinValue), HelsinkiTime.ToUtc(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue));
        var held = new[] { MeetingStatus.Held, MeetingStatus.MinutesDraft, MeetingStatus.MinutesApproved };
        var meetings = await db.Meetings.AsNoTracking().AcrossRegions().Where(m => ids.Contains(m.GroupId) && m.StartsAt >= from && m.StartsAt < until && held.Contains(m.Status))
            .GroupBy(m => m.GroupId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var decisions = await db.DecisionNumbers.AsNoTracking().AcrossRegions().Where(d => ids.Contains(d.GroupId) && d.Year == year)
            .GroupBy(d => d.GroupId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        string T(string key) => texts.Get(language, key);
        int MeetingsOf(Guid id) => meetings.FirstOrDefault(m => m.Key == id)?.Count ?? 0;
        int DecisionsOf(Guid id) => decisions.FirstOrDefault(d => d.Key == id)?.Count ?? 0;
        var table = new ExportTable(T("annualreport.governance.table"), [T("annualreport.governance.group"), T("annualreport.governance.meetings"), T("annualreport.governance.decisions")],
            groups.Select(g => (IReadOnlyList<TableCell>)[TableCell.Of(g.Name.In(language)), TableCell.Of(MeetingsOf(g.Id)), TableCell.Of(DecisionsOf(g.Id))]).ToList());
        var chart = new ReportChart(T("annualreport.governance.table"), ReportChartKind.Bar, T("annualreport.governance.count"),
            groups.Select(g => g.Name.In(language)).ToList(),
            [new ReportSeries(T("annualreport.governance.meetings"), groups.Select(g => (double?)MeetingsOf(g.Id)).ToList()),
             new ReportSeries(T("annualreport.governance.decisions"), groups.Select(g => (double?)DecisionsOf(g.Id)).ToList())]);
        return new AnnualReportSection("governance", T("annualreport.governance.title"),
            [string.Format(CultureInfo.InvariantCulture, T("annualreport.governance.summary"), meetings.Sum(m => m.Count), decisions.Sum(d => d.Count))], [table], [chart]);
    }
}

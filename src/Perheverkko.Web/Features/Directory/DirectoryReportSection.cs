using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Directory;

/// <summary>The annual report's directory section (order 40): the published meeting places and activities per municipality when compiled. Read only.</summary>
public sealed class DirectoryReportSection(PerheverkkoDb db, Texts texts) : IAnnualReportSource
{
    public int Order => 40;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .OrderBy(m => m.Name.Fi, StringComparer.Create(new System.Globalization.CultureInfo("fi"), false)).ToList();
        var ids = municipalities.Select(m => m.Id).ToList();
        var places = await db.MeetingPlaces.AsNoTracking().AcrossRegions().Where(p => ids.Contains(p.MunicipalityId) && p.State == PublicationState.Published)
            .GroupBy(p => p.MunicipalityId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().AcrossRegions().Where(a => ids.Contains(a.MunicipalityId) && a.State == PublicationState.Published)
            .GroupBy(a => a.MunicipalityId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (places.Count == 0 && activities.Count == 0) return null;
        string T(string key) => texts.Get(language, key);
        int PlacesOf(Guid id) => places.FirstOrDefault(p => p.Key == id)?.Count ?? 0;
        int ActivitiesOf(Guid id) => activities.FirstOrDefault(a => a.Key == id)?.Count ?? 0;
        var table = new ExportTable(T("annualreport.directory.table"), [T("indicators.municipality"), T("annualreport.directory.places"), T("annualreport.directory.activities")],
            municipalities.Select(m => (IReadOnlyList<TableCell>)[TableCell.Of(m.Name.In(language)), TableCell.Of(PlacesOf(m.Id)), TableCell.Of(ActivitiesOf(m.Id))]).ToList());
        var chart = new ReportChart(T("annualreport.directory.table"), ReportChartKind.Bar, T("annualreport.governance.count"), municipalities.Select(m => m.Name.In(language)).ToList(),
            [new ReportSeries(T("annualreport.directory.places"), municipalities.Select(m => (double?)PlacesOf(m.Id)).ToList()),
             new ReportSeries(T("annualreport.directory.activities"), municipalities.Select(m => (double?)ActivitiesOf(m.Id)).ToList())]);
        return new AnnualReportSection("directory", T("annualreport.directory.title"), [T("annualreport.directory.lead")], [table], [chart]);
    }
}

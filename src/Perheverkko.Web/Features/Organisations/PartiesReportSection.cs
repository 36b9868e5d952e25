using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Documents;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Organisations;

/// <summary>The annual report's parties section (order 20): the parties of the agreement in force in the year, and who joined or left during it. Read only.</summary>
public sealed class PartiesReportSection(PerheverkkoDb db, Texts texts) : IAnnualReportSource
{
    public int Order => 20;

    public async Task<AnnualReportSection?> SectionAsync(Guid regionId, int year, string language, CancellationToken cancellationToken)
    {
        var versions = await db.AgreementVersions.AsNoTracking().AcrossRegions().Where(v => v.RegionId == regionId && v.StartYear <= year && v.EndYear >= year)
            .Select(v => v.Id).ToListAsync(cancellationToken);
        if (versions.Count == 0) return null;
        var parties = await db.Parties.AsNoTracking().AcrossRegions().Where(p => versions.Contains(p.AgreementVersionId)).OrderBy(p => p.Position)
            .Select(p => new { p.ListedName, p.JoinedOn, p.EndsOn }).ToListAsync(cancellationToken);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var inYear = parties.Where(p => p.JoinedOn is { } j && j <= last && (p.EndsOn is not { } e || e >= first)).ToList();
        if (inYear.Count == 0) return null;
        string T(string key) => texts.Get(language, key);
        string Date(DateOnly? d) => d?.ToString("d.M.yyyy", CultureInfo.InvariantCulture) ?? "";
        var joined = inYear.Count(p => p.JoinedOn >= first);
        var left = inYear.Count(p => p.EndsOn is { } e && e <= last);
        var table = new ExportTable(T("annualreport.parties.table"), [T("annualreport.parties.party"), T("annualreport.parties.joined"), T("annualreport.parties.ends")],
            inYear.Select(p => (IReadOnlyList<TableCell>)[TableCell.Of(p.ListedName), TableCell.Of(Date(p.JoinedOn)), TableCell.Of(Date(p.EndsOn))]).ToList());
        return new AnnualReportSection("parties", T("annualreport.parties.title"),
            [string.Format(CultureInfo.InvariantCulture, T("annualreport.parties.summary"), inYear.Count, joined, left)], [table], []);
    }
}

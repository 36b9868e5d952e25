using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>The year's free-text answers (issue 17 item 7, 000 §19): a family may have written something that tells who
/// they are, so the words go once the annual report is done; the counted answers stay (they carry no words).</summary>
public sealed class SurveyFreeTextDeletion(PerheverkkoDb db) : IYearEndDeletion
{
    public string Kind => "survey.free_text";

    private IQueryable<SurveyFreeText> Rows(Guid regionId, int year) =>
        db.SurveyFreeTexts.AcrossRegions().Where(t => t.RegionId == regionId && db.Surveys.AcrossRegions().Any(s => s.Id == t.SurveyId && s.Year == year));

    public Task<int> CountAsync(Guid regionId, int year, CancellationToken cancellationToken) => Rows(regionId, year).CountAsync(cancellationToken);

    public Task<int> DeleteAsync(Guid regionId, int year, CancellationToken cancellationToken) => Rows(regionId, year).ExecuteDeleteAsync(cancellationToken);
}

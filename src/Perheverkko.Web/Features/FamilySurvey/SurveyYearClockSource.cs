using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.YearClock;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>The family survey's open period on the year clock, in the month it opens (or January, when it opened the year before).</summary>
public sealed class SurveyYearClockSource(PerheverkkoDb db) : IYearClockSource
{
    public async Task<IReadOnlyList<YearClockLiveEntry>> EntriesAsync(Guid regionId, int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.RegionId == regionId && s.OpensOn <= last && s.ClosesOn >= first)
            .Select(s => new { s.Id, s.Title, s.OpensOn, s.ClosesOn }).ToListAsync(cancellationToken);
        return surveys.Select(s => new YearClockLiveEntry(LiveEntryKind.Survey,
                $"{s.Title.Fi}: {s.OpensOn:d.M.yyyy}–{s.ClosesOn:d.M.yyyy}", s.OpensOn.Year == year ? s.OpensOn.Month : 1,
                s.OpensOn.Year == year ? s.OpensOn : null, $"/staff/surveys/{s.Id}"))
            .ToList();
    }
}

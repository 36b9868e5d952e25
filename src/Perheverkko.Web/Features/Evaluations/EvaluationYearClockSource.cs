using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.YearClock;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>
/// The municipal evaluations' due date on the year clock: a year's evaluations fall due early in the next year (000 §18),
/// on the day the coordinator set, else the end of February.
/// </summary>
public sealed class EvaluationYearClockSource(PerheverkkoDb db) : IYearClockSource
{
    public async Task<IReadOnlyList<YearClockLiveEntry>> EntriesAsync(Guid regionId, int year, CancellationToken cancellationToken)
    {
        var set = await db.EvaluationSettings.AsNoTracking().Where(s => s.RegionId == regionId && (s.Year == year - 1 || s.Year == year))
            .ToDictionaryAsync(s => s.Year, s => s.DueOn, cancellationToken);
        return new[] { year - 1, year }
            .Select(evaluated => (Evaluated: evaluated, Due: set.TryGetValue(evaluated, out var due) ? due : EvaluationSettings.DefaultDueOn(evaluated)))
            .Where(e => e.Due.Year == year)
            .Select(e => new YearClockLiveEntry(LiveEntryKind.EvaluationDue, $"Kuntien arvioinnit {e.Evaluated}: määräpäivä", e.Due.Month, e.Due,
                $"/staff/evaluations/{e.Evaluated}"))
            .ToList();
    }
}

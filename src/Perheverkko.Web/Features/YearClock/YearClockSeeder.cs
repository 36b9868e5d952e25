using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.YearClock;

/// <summary>
/// Every region's default year clock (not only the demo's): the evaluation collected in January–February and compiled
/// in March–May (000 §18), the annual report with the action plan (001 §19), the notice deadline of 30 June (001 §21),
/// the action plan's review (001 §10) and the leadership group's meetings. By stable ids per region, so a default that was
/// changed or removed stays as the region left it.
/// </summary>
public sealed class YearClockSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public static Guid TaskId(Guid regionId, string key) => SeedIds.For("year-clock-task", $"{regionId:N}:{key}");

    public static readonly IReadOnlyList<(string Key, YearClockTaskContent Content)> Defaults =
    [
        ("evaluation-collection", new(new LocalizedText("Kuntakohtaisen arvioinnin keruu", "Insamling av den kommunvisa utvärderingen", "Collecting the municipal evaluation"), 1, 2, null, null, 14)),
        ("evaluation-compilation", new(new LocalizedText("Arvioinnin kokoaminen", "Sammanställning av utvärderingen", "Compiling the evaluation"), 3, 5, null, null, 14)),
        ("annual-report", new(new LocalizedText("Toimintakertomus ja toimintasuunnitelma johtoryhmälle", "Verksamhetsberättelsen och verksamhetsplanen till ledningsgruppen", "The annual report and the action plan to the leadership group"), 5, 5, null, null, 21)),
        ("notice-deadline", new(new LocalizedText("Sopimuksen irtisanomisen määräpäivä", "Sista dag för uppsägning av avtalet", "The agreement's notice deadline"), 6, 6, 30, null, 30)),
        ("action-plan-review", new(new LocalizedText("Toimintasuunnitelman tarkistus", "Översyn av verksamhetsplanen", "Reviewing the action plan"), 9, 11, null, null, 14)),
        ("leadership-meetings", new(new LocalizedText("Johtoryhmän kokousten suunnittelu seuraavalle vuodelle", "Planering av ledningsgruppens möten för nästa år", "Planning the leadership group's meetings for next year"), 11, 12, null, null, 14)),
    ];

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var regions = await db.Regions.AsNoTracking().AcrossRegions().Select(r => r.Id).ToListAsync(cancellationToken);
        var existing = (await db.YearClockTasks.AsNoTracking().AcrossRegions().Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var region in regions)
        foreach (var (key, content) in Defaults)
        {
            var id = TaskId(region, key);
            if (existing.Contains(id)) continue;
            db.YearClockTasks.Add(new YearClockTask(id, region, content, now));
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}

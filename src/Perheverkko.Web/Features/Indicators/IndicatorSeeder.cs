using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Indicators;

/// <summary>
/// With <c>Seed:DemoData</c>: three indicators for South Savo with invented values for four municipalities over the five
/// years before this one, so the indicator page and the annual report show tables and line charts. The Sotkanet ids and
/// the values are made up for the demo (the names say so); a real region replaces them by choosing its own and importing.
/// </summary>
public sealed class IndicatorSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public static Guid IndicatorId(int sotkanetId) => SeedIds.For("indicator", $"demo:{sotkanetId}");

    private static readonly (int SotkanetId, LocalizedText Name, double Base)[] Demo =
    [
        (900001, new("Lastensuojeluilmoitukset / 1 000 alle 18-vuotiasta (demo)", "Barnskyddsanmälningar / 1 000 under 18 år (demo)", "Child-welfare notifications / 1,000 under 18 (demo)"), 60),
        (900002, new("Varhaiskasvatukseen osallistuneet 1–6-vuotiaat, % (demo)", "Barn 1–6 år i småbarnspedagogik, % (demo)", "Children aged 1–6 in early childhood education, % (demo)"), 75),
        (900003, new("Yhden vanhemman perheet, % lapsiperheistä (demo)", "Enföräldersfamiljer, % av barnfamiljerna (demo)", "Lone-parent families, % of families with children (demo)"), 20),
    ];

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        if (!demo) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var lastYear = HelsinkiTime.Today(clock).Year - 1;
        string[] municipalities = ["mikkeli", "savonlinna", "pieksamaki", "juva"];
        var added = 0;
        foreach (var (sotkanetId, name, level) in Demo)
        {
            var id = IndicatorId(sotkanetId);
            if (await db.Indicators.AnyAsync(i => i.Id == id, cancellationToken)) continue;
            db.Indicators.Add(new Indicator(id, NetworkSeeder.SouthSavo, sotkanetId, name, now));
            added++;
            for (var m = 0; m < municipalities.Length; m++)
                for (var year = lastYear - 4; year <= lastYear; year++)
                {
                    // Invented but steady: each municipality a little apart, drifting over the years.
                    var value = Math.Round(level * (0.85 + 0.1 * m) + (year - lastYear + 4) * (m % 2 == 0 ? 1.3 : -0.8), 1);
                    db.IndicatorValues.Add(new IndicatorValue(SeedIds.For("indicator-value", $"demo:{sotkanetId}:{municipalities[m]}:{year}"), NetworkSeeder.SouthSavo, id,
                        NetworkSeeder.MunicipalityId(municipalities[m]), year, value, now));
                    added++;
                }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}

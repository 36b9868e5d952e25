using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Evaluations;

/// <summary>
/// With <c>Seed:DemoData</c>: Mikkeli's evaluation of the year before last, submitted, with two invented welfare-plan
/// goals, so a newcomer sees a submitted form and the overview's states. Idempotent.
/// </summary>
public sealed class EvaluationsSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public async Task<int> SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        if (!demo) return 0;
        var year = HelsinkiTime.Today(clock).Year - 2;
        var mikkeli = NetworkSeeder.MunicipalityId("mikkeli");
        if (await db.MunicipalEvaluations.AcrossRegions().AnyAsync(e => e.RegionId == NetworkSeeder.SouthSavo && e.Year == year && e.MunicipalityId == mikkeli, cancellationToken))
            return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var evaluation = new MunicipalEvaluation(Guid.CreateVersion7(), NetworkSeeder.SouthSavo, year, mikkeli, NetworkSeeder.OrganisationId("mikkeli"), now);
        evaluation.SaveDraft(null,
        [
            new EvaluationRowContent(EvaluationGoalKind.WelfarePlan, null, "Lasten ja nuorten liikunta lisääntyy (demo)", GoalStatus.Progressing,
                "Koulujen iltapäiväkerhoissa on liikuntaa kolmena päivänä viikossa. Keksitty esimerkki."),
            new EvaluationRowContent(EvaluationGoalKind.WelfarePlan, null, "Vanhemmuuden tuki on helposti saatavilla (demo)", GoalStatus.Started,
                "Perhekahviloita on kahdessa uudessa kohtaamispaikassa. Keksitty esimerkki."),
        ], now);
        evaluation.Submit(1, now);
        db.MunicipalEvaluations.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return 1 + evaluation.Rows.Count;
    }
}

using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.ActionPlans;

/// <summary>
/// With <c>Seed:DemoData</c>: South Savo's 2026 action plan as a draft with a few fictional goals in several areas, so a
/// newcomer sees the plan, can comment on it and take it through processing. Idempotent by its stable id.
/// </summary>
public sealed class ActionPlanSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public static Guid DemoPlanId { get; } = SeedIds.For("action-plan", "demo:etela-savo:2026");
    public static Guid GoalId(string key) => SeedIds.For("action-plan-goal", "demo:etela-savo:2026:" + key);

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        if (!demo || await db.ActionPlans.FindAsync([DemoPlanId], cancellationToken) is not null) return 0;
        var region = NetworkSeeder.SouthSavo;
        var county = NetworkSeeder.OrganisationId(SouthSavoNetwork.WellbeingCounty);
        var mikkeli = NetworkSeeder.OrganisationId("mikkeli");
        var savonlinna = NetworkSeeder.OrganisationId("savonlinna");
        var mll = NetworkSeeder.OrganisationId("mll-jarvi-suomi");
        var parish = NetworkSeeder.OrganisationId("mikkelin-tuomiokirkkoseurakunta");
        var plan = new ActionPlan(DemoPlanId, region, 2026, null, clock.GetUtcNow().UtcDateTime);
        db.ActionPlans.Add(plan);
        var position = 0;
        void Goal(string key, ActionPlanArea area, LocalizedText title, LocalizedText description, Guid[] responsible, string measures, string indicator,
            params (Guid Organisation, ResourceKind Kind, string Description)[] resources)
        {
            var goal = new ActionPlanGoal(GoalId(key), region, plan.Id, null, ++position,
                new ActionPlanGoalContent(area, title, description, responsible, measures, indicator));
            goal.Resources.AddRange(resources.Select((r, i) => new ActionPlanResource(SeedIds.For("action-plan-resource", $"{key}:{i}"), region, goal.Id, r.Organisation, r.Kind, r.Description)));
            plan.Goals.Add(goal);
        }
        Goal("kohtaamispaikat", ActionPlanArea.MeetingPlaces,
            new LocalizedText("Kohtaamispaikka jokaisessa kunnassa (demo)", "En mötesplats i varje kommun (demo)", "A meeting place in every municipality (demo)"),
            new LocalizedText("Perheillä on matalan kynnyksen kohtaamispaikka omassa kunnassaan. Keksitty esimerkki."),
            [county, mikkeli, savonlinna], "Kartoitetaan tilat keväällä; avataan puuttuvat kohtaamispaikat syksyllä.",
            "Kohtaamispaikkojen määrä kunnittain (palveluhakemisto)",
            (mikkeli, ResourceKind.Premises, "Kirjaston perhehuone 1 ilta/vko"), (county, ResourceKind.WorkingTime, "Ohjaaja 4 h/vko"));
        Goal("vertaisryhmat", ActionPlanArea.GroupActivities,
            new LocalizedText("Vertaisryhmät vauvaperheille (demo)", null, "Peer groups for families with babies (demo)"),
            new LocalizedText("Järjestöt ja seurakunnat ohjaavat vertaisryhmiä yhdessä. Keksitty esimerkki."),
            [mll, parish], "Kaksi ryhmää kevät- ja syyskaudella.", "Perhekyselyn kysymys: sain vertaistukea",
            (mll, ResourceKind.WorkingTime, "2 h/vko"), (parish, ResourceKind.Premises, "Seurakuntatalon kerhotila"));
        Goal("viestinta", ActionPlanArea.Communication,
            new LocalizedText("Yhteinen viestintä perheille (demo)", null, "Shared communication for families (demo)"),
            new LocalizedText("Kanavat: Perheverkon tiedotteet, kuntien verkkosivut, neuvolat. Kohderyhmät: lapsiperheet, ammattilaiset. Keksitty esimerkki."),
            [county], "Tiedote kuukausittain; viestinnän vastaavien tapaaminen neljästi vuodessa.", "Tiedotteiden määrä ja perhekyselyn kysymys: tiesin mistä saan apua",
            (county, ResourceKind.Funding, "Hankerahoitus 5 000 €"));
        Goal("arviointi", ActionPlanArea.Evaluation,
            new LocalizedText("Kuntakohtainen arviointi alkuvuodesta (demo)", null, "Municipal evaluation early in the year (demo)"),
            new LocalizedText("Arviointi kerätään tammi–helmikuussa ja kootaan keväällä. Keksitty esimerkki."),
            [county, mikkeli, savonlinna], "Arviointilomake kunnille tammikuussa.", "Palautettujen arviointien osuus");
        await db.SaveChangesAsync(cancellationToken);
        return 1 + plan.Goals.Count + plan.Goals.Sum(g => g.Resources.Count);
    }
}

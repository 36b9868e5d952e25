using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Accounts;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// Perheneuvo's seed. Every region: its settings (the data controller is its wellbeing county, 001 §19; the first answer
/// within 2 working days; 6 months' retention) and the default topics. With <c>Seed:DemoData</c>: a fictional phone
/// number, hours and urgent numbers marked as demo, and two municipality teams (Juva, Mikkeli) of fictional workers.
/// The real numbers are the region's to set: the seed invents none for real organisations.
/// </summary>
public sealed class FamilyAdviceSeeder(PerheverkkoDb db, TimeProvider clock)
{
    public static readonly (string Municipality, string WorkerEmail)[] DemoTeams =
        [("juva", "perheneuvo.juva@perheverkko.example"), ("mikkeli", "perheneuvo.mikkeli@perheverkko.example")];

    public static Guid TeamId(string municipalitySlug) => SeedIds.For("advice-team", municipalitySlug);

    /// <returns>How many rows were added.</returns>
    public async Task<int> SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var regionId in await db.Regions.AsNoTracking().Select(r => r.Id).ToListAsync(cancellationToken))
            added += await SeedRegionAsync(regionId, cancellationToken);
        if (demo) added += await SeedDemoAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>A region's settings and topics where missing (also for a region added later: <c>AddRegion</c> calls it). Does not save.</summary>
    public async Task<int> SeedRegionAsync(Guid regionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        if (!await db.AdviceSettings.AnyAsync(s => s.RegionId == regionId, cancellationToken))
        {
            var county = await db.Organisations.Where(o => o.RegionId == regionId && o.Kind == OrganisationKind.WellbeingCounty && o.ClosedOn == null)
                .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
            db.AdviceSettings.Add(new AdviceSettings(regionId, county, now));
            added++;
        }
        if (!await db.AdviceTopics.AnyAsync(t => t.RegionId == regionId, cancellationToken))
        {
            for (var i = 0; i < AdviceTopic.Defaults.Length; i++)
                db.AdviceTopics.Add(new AdviceTopic(SeedIds.For("advice-topic", $"{regionId:N}-{i}"), regionId, AdviceTopic.Defaults[i], i));
            added += AdviceTopic.Defaults.Length;
        }
        return added;
    }

    private async Task<int> SeedDemoAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        await db.SaveChangesAsync(cancellationToken);
        var settings = await db.AdviceSettings.SingleAsync(s => s.RegionId == NetworkSeeder.SouthSavo, cancellationToken);
        if (settings.Phone is null)
        {
            // 040 000 0000-style zeros: clearly not a real line; the demo banner says the rest.
            settings.Change(settings.Version, new AdviceSettingsDetails("+358 40 000 0000 (demo)",
                new LocalizedText("ma–to klo 9–15 (demo)", "mån–tors kl. 9–15 (demo)", "Mon–Thu 9 am–3 pm (demo)"),
                new LocalizedText("Sosiaali- ja kriisipäivystys: 000 000 0000 (demo, ympäri vuorokauden)",
                    "Social- och krisjouren: 000 000 0000 (demo, dygnet runt)", "Social and crisis emergency: 000 000 0000 (demo, around the clock)"),
                settings.FirstAnswerWorkingDays, settings.RetentionMonths, [], settings.DataControllerId), now);
        }
        foreach (var (municipality, email) in DemoTeams)
        {
            var teamId = TeamId(municipality);
            var team = await db.AdviceTeams.Include(t => t.Members).SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
            if (team is null)
            {
                team = new AdviceTeam(teamId, NetworkSeeder.SouthSavo, NetworkSeeder.MunicipalityId(municipality), now);
                db.AdviceTeams.Add(team);
                added++;
            }
            var userId = await db.Users.Where(u => u.Email == email).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
            if (userId is { } id && team.Members.All(m => m.UserId != id))
            {
                team.AddMember(id, now);
                added++;
            }
        }
        return added;
    }
}

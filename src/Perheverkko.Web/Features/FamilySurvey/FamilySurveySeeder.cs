using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>
/// With <c>Seed:DemoData</c>: South Savo's survey of last year from the template, closed, with 60 invented answers (no
/// free text), so a newcomer sees the results page and its hidden small cells. Idempotent: a region that already has
/// last year's survey is left as it is.
/// </summary>
public sealed class FamilySurveySeeder(PerheverkkoDb db, TimeProvider clock)
{
    public async Task<int> SeedAsync(bool demo, CancellationToken cancellationToken = default)
    {
        if (!demo) return 0;
        var today = HelsinkiTime.Today(clock);
        var year = today.Year - 1;
        if (await db.Surveys.AcrossRegions().AnyAsync(s => s.RegionId == NetworkSeeder.SouthSavo && s.Year == year, cancellationToken)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var survey = new Survey(Guid.CreateVersion7(), NetworkSeeder.SouthSavo, year, SurveyTemplate.For(year, new DateOnly(year, 1, 10)), now);
        survey.Open(1, now);
        survey.Close(2, now);
        db.Surveys.Add(survey);
        var municipalities = new[] { "mikkeli", "savonlinna", "pieksamaki", "juva" }.Select(NetworkSeeder.MunicipalityId).ToArray();
        var ages = Enum.GetValues<ChildAgeGroup>();
        var random = new Random(2021);
        var rows = 1;
        for (var i = 0; i < 60; i++)
        {
            Guid? municipality = i % 7 == 6 ? null : municipalities[Math.Min(3, (int)(random.NextDouble() * random.NextDouble() * 4))];
            ChildAgeGroup? age = i % 9 == 8 ? null : ages[random.Next(ages.Length)];
            var day = new DateOnly(year, 1, 10).AddDays(random.Next(40));
            var response = new SurveyResponse(Guid.CreateVersion7(), survey.RegionId, survey.Id, municipality, age, day);
            db.SurveyResponses.Add(response);
            rows++;
            foreach (var q in survey.Questions.Where(q => q.Kind != SurveyQuestionKind.FreeText))
            {
                var chosen = q.Kind == SurveyQuestionKind.Scale
                    ? [(Option: (Guid?)null, Value: (int?)(2 + random.Next(4)))]
                    : q.Options.Where(_ => random.Next(3) == 0).Select(o => (Option: (Guid?)o.Id, Value: (int?)null)).ToList();
                foreach (var (option, value) in chosen)
                {
                    db.SurveyAnswers.Add(new SurveyAnswer(Guid.CreateVersion7(), survey.RegionId, survey.Id, response.Id, q.Id, option, value, municipality, age, day));
                    rows++;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.Evaluations;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.YearCycle;

/// <summary>
/// The municipal evaluation (issue 17 item 3): a municipality's own representative saves drafts and submits, then it is
/// read-only; another municipality's representative is refused (403), another region's staff find nothing (404); the
/// reminder job reminds the missing ones before and after the due date, once a step; the report section and the
/// year-end deletion of the drafts' narratives.
/// </summary>
public sealed class EvaluationTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.MunicipalityId("mikkeli");
    private static readonly Guid Savonlinna = NetworkSeeder.MunicipalityId("savonlinna");
    private const int DemoPlanYear = 2026;

    private static void SetNow(TestApp app, DateOnly day) =>
        app.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(day, new TimeOnly(10, 0)), TimeSpan.Zero));

    private static object Rows(int? version, string narrative = "Liikuntakerhoja on nyt kolmessa koulussa.", Guid? goalId = null) => new
    {
        version,
        rows = goalId is { } g
            ? new object[] { new { kind = "ActionPlan", goalId = g, status = "Started" } }
            : [new { kind = "WelfarePlan", title = "Lasten liikunta lisääntyy", status = "Progressing", narrative }, new { kind = "WelfarePlan", title = "Vanhemmuuden tuki", status = "NotAssessed", narrative = (string?)null }],
    };

    private static async Task<(HttpStatusCode, string)> RefusalAsync(HttpResponseMessage response) => (response.StatusCode, await CodeOfAsync(response));

    [Theory, BothDatabases]
    public async Task A_municipality_drafts_and_submits_its_own_evaluation_and_the_missing_ones_are_reminded(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // A year's evaluations, filled in the following February (next February: after the app's today whenever the test runs).
        var next = app.NextYear();
        var evaluated = next - 1;
        SetNow(app, new DateOnly(next, 2, 1));
        var second = await SecondRegion.SeedAsync(app);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        // The evaluated year's action plan: the demo's is 2026's (ActionPlanSeeder); another year starts as its copy.
        if (evaluated != DemoPlanYear)
            await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans", new { year = evaluated, fromYear = DemoPlanYear }));
        var form = $"/api/v1/evaluations/{evaluated}/{Mikkeli}";

        var year = await mikkeli.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluated}");
        Assert.Equal(new DateOnly(next, 3, 1).AddDays(-1).Iso(), year.GetProperty("dueOn").GetString()); // the end of February
        var mikkeliRow = year.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("municipalityId").GetGuid() == Mikkeli);
        Assert.Equal(("NotStarted", true), (mikkeliRow.GetProperty("state").GetString(), mikkeliRow.GetProperty("mayFill").GetBoolean()));
        Assert.False(year.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("municipalityId").GetGuid() == Savonlinna).GetProperty("mayFill").GetBoolean());

        // Refusals save nothing: a NUL, an unknown action-plan goal, another municipality's representative, another region.
        var nul = await mikkeli.PutAsJsonAsync(form, Rows(null, "Nolla\u0000merkki"));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation.failed"), await RefusalAsync(nul));
        Assert.Contains("rows[0].narrative", await nul.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "evaluation.unknown_goal"), await RefusalAsync(await mikkeli.PutAsJsonAsync(form, Rows(null, goalId: Guid.NewGuid()))));
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PutAsJsonAsync(form, Rows(null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.GetAsync(form)).StatusCode);
        var stranger = await second.CoordinatorClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(form)).StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "evaluation.not_found"), await RefusalAsync(await stranger.PutAsJsonAsync(form, Rows(null))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "evaluation.year_invalid"), await RefusalAsync(await mikkeli.GetAsync("/api/v1/evaluations/1900")));
        Assert.Equal((HttpStatusCode.Conflict, "evaluation.nothing_to_submit"), await RefusalAsync(await mikkeli.PostAsJsonAsync($"{form}/submission", new { version = 1 })));
        Assert.False(await app.WithDbAsync(db => db.MunicipalEvaluations.AnyAsync(e => e.Year == evaluated)));
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(e => e.Event == AuditEvent.AccessDenied && e.ObjectType == nameof(MunicipalEvaluation))));

        // Drafts any number of times (with the version after the first), then submitted once: read-only.
        Assert.Equal(1, (await (await mikkeli.PutAsJsonAsync(form, Rows(null))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(2, (await (await mikkeli.PutAsJsonAsync(form, Rows(1, "Liikuntakerhoja on nyt neljässä koulussa."))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal((HttpStatusCode.Conflict, "evaluation.stale"), await RefusalAsync(await mikkeli.PutAsJsonAsync(form, Rows(1))));
        var draft = await mikkeli.GetFromJsonAsync<JsonElement>(form);
        // The form lists the year's action-plan goals before the municipality's own two.
        var planGoals = await app.WithDbAsync(db => db.ActionPlanGoals.CountAsync(g => db.ActionPlans.Any(p => p.Id == g.PlanId && p.Year == evaluated)));
        Assert.True(planGoals > 0);
        Assert.Equal(("Draft", planGoals + 2, true), (draft.GetProperty("state").GetString(), draft.GetProperty("rows").GetArrayLength(), draft.GetProperty("mayEdit").GetBoolean()));
        Assert.Equal(planGoals, draft.GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("kind").GetString() == "ActionPlan"));
        Assert.Equal("Liikuntakerhoja on nyt neljässä koulussa.", draft.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("title").GetString() == "Lasten liikunta lisääntyy").GetProperty("narrative").GetString());
        await OkAsync(await mikkeli.PostAsJsonAsync($"{form}/submission", new { version = 2 }));
        Assert.Equal((HttpStatusCode.Conflict, "evaluation.submitted"), await RefusalAsync(await mikkeli.PutAsJsonAsync(form, Rows(3))));
        Assert.Equal((HttpStatusCode.Conflict, "evaluation.submitted"), await RefusalAsync(await mikkeli.PostAsJsonAsync($"{form}/submission", new { version = 3 })));
        var submitted = await coordinator.GetFromJsonAsync<JsonElement>(form);
        Assert.Equal(("Submitted", false), (submitted.GetProperty("state").GetString(), submitted.GetProperty("mayEdit").GetBoolean()));
        var events = await app.WithDbAsync(db => db.AuditRecords.Where(e => e.ObjectType == nameof(MunicipalEvaluation)).Select(e => e.Event).ToListAsync());
        Assert.Equal((2, 1), (events.Count(e => e == AuditEvent.MunicipalEvaluationSaved), events.Count(e => e == AuditEvent.MunicipalEvaluationSubmitted)));

        // The coordinator stands in for Savonlinna: a draft, never submitted.
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/evaluations/{evaluated}/{Savonlinna}", Rows(null, "Luonnoksen kuvaus")));
        var overview = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{evaluated}");
        Assert.Equal("Submitted", overview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("municipalityId").GetGuid() == Mikkeli).GetProperty("state").GetString());
        Assert.Equal("Draft", overview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("municipalityId").GetGuid() == Savonlinna).GetProperty("state").GetString());

        // Reminders: only an opened round (saved settings), from N days before the due date, then once after it.
        async Task<int> RemindAsync()
        {
            var sent = 0;
            await app.WithScopeAsync(async sp => sent = await sp.GetRequiredService<EvaluationReminders>().SendDueAsync(CancellationToken.None));
            return sent;
        }
        SetNow(app, new DateOnly(next, 2, 20));
        Assert.Equal(0, await RemindAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await mikkeli.PutAsJsonAsync($"/api/v1/evaluations/{evaluated}/settings", new { dueOn = $"{next}-02-28", reminderDays = 7 })).StatusCode);
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/evaluations/{evaluated}/settings", new { dueOn = $"{next}-02-28", reminderDays = 7 }));
        SetNow(app, new DateOnly(next, 2, 20));
        Assert.Equal(0, await RemindAsync()); // 8 days before: not yet
        SetNow(app, new DateOnly(next, 2, 21));
        Assert.Equal(1, await RemindAsync()); // Savonlinna's representative; Mikkeli has submitted
        Assert.Equal(0, await RemindAsync());
        SetNow(app, new DateOnly(next, 3, 1));
        Assert.Equal(1, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        var mail = await app.WithDbAsync(db => db.OutboxMessages.OrderByDescending(m => m.CreatedAt).Select(m => m.Payload).FirstAsync());
        Assert.Contains($"/staff/evaluations/{evaluated}/{Savonlinna}", mail);
        Assert.Contains("http", mail);

        // The report section has the submitted statuses; the year-end deletion clears the draft's narratives only.
        await app.WithScopeAsync(async sp =>
        {
            var section = await sp.GetServices<IAnnualReportSource>().Single(s => s.Order == 70).SectionAsync(NetworkSeeder.SouthSavo, evaluated, "fi", CancellationToken.None);
            var table = Assert.Single(section!.Tables);
            Assert.Equal("Edistyy", table.Rows.Single(r => r[2].Text == "Lasten liikunta lisääntyy")[3].Text);
            var deletion = sp.GetServices<IYearEndDeletion>().Single(d => d.Kind == "evaluation.draft_narratives");
            Assert.Equal(1, await deletion.CountAsync(NetworkSeeder.SouthSavo, evaluated, CancellationToken.None));
            Assert.Equal(1, await deletion.DeleteAsync(NetworkSeeder.SouthSavo, evaluated, CancellationToken.None));
            Assert.Equal(0, await deletion.CountAsync(NetworkSeeder.SouthSavo, evaluated, CancellationToken.None));
        });
        Assert.Equal(1, await app.WithDbAsync(db => db.EvaluationRows.CountAsync(r => r.Narrative != null && db.MunicipalEvaluations.Any(e => e.Id == r.EvaluationId && e.Year == evaluated))));
        await MailFormat.AssertWellFormedAsync(app); // the evaluation reminders
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.ActionPlans;
using Perheverkko.Web.Features.AnnualReports;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.ActionPlans;

/// <summary>
/// The action plan (issue #17 item 1) through its API and pages: the coordinator drafts, the parties' representatives
/// comment, the leadership group's numbered decision is linked, the plan is published and read-only, the next year
/// starts as a copy and the comparison pairs the goals by identity. Every rule refuses with its code and saves nothing.
/// </summary>
public sealed class ActionPlanTests
{
    private static readonly Guid Leadership = GovernanceSeeder.GroupId(GovernanceSeeder.LeadershipGroup);
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    private static object Goal(string title, Guid[]? responsible = null, object[]? resources = null, string area = "GroupActivities") => new
    {
        area, title = new { fi = title }, description = new { fi = title + ": kuvaus" }, responsible = responsible ?? [Mikkeli],
        measures = "Kaksi ryhmää", indicator = "Perhekyselyn kysymys", resources = resources ?? [new { organisationId = Mikkeli, kind = "WorkingTime", description = "2 h/vko" }],
    };

    /// <summary>A held leadership-group meeting with one numbered decision (§ 1/year), through governance's own API.</summary>
    private static async Task<Guid> DecisionAsync(TestApp app, HttpClient coordinator, DateOnly day)
    {
        var from = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var anna = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/memberships",
            new { name = "Anna Esimerkki", email = "anna@perheverkko.example", organisationId = Mikkeli, role = "Member", from }));
        var meeting = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/groups/{Leadership}/meetings",
            new { date = day, startTime = "09:00:00", endTime = "11:00:00", mode = "InPerson", place = "Mikkelin kaupungintalo" }));
        var item = await CreatedIdAsync(await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda-items",
            new { title = "Toimintasuunnitelma 2026", kind = "Decision", proposal = "Hyväksytään." }));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/invitations", null));
        app.Clock.SetUtcNow(new DateTimeOffset(HelsinkiTime.ToUtc(day, new TimeOnly(12, 0)), TimeSpan.Zero));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/held", null));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meeting}/attendance", new
        {
            members = new[] { new { membershipId = anna, kind = "Present", deputyId = (Guid?)null } }, guests = Array.Empty<string>(),
        }));
        await OkAsync(await coordinator.PutAsJsonAsync($"/api/v1/agenda-items/{item}/minutes", new { discussion = "Käytiin läpi.", decision = "Hyväksyttiin." }));
        await OkAsync(await coordinator.PostAsync($"/api/v1/meetings/{meeting}/minutes", null));
        return await app.WithDbAsync(db => db.DecisionNumbers.Where(d => d.MeetingId == meeting).Select(d => d.Id).SingleAsync());
    }

    private static async Task<(HttpStatusCode, string)> RefusalAsync(HttpResponseMessage response) => (response.StatusCode, await CodeOfAsync(response));

    [Theory, BothDatabases]
    public async Task The_plan_is_drafted_commented_processed_at_a_numbered_decision_published_and_read_only(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var second = await SecondRegion.SeedAsync(app);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var representative = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        var otherCoordinator = await second.CoordinatorClientAsync();

        // The demo's 2026 draft: every area is listed, four have goals.
        var plan = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/action-plans/2026");
        Assert.Equal("Draft", plan.GetProperty("state").GetString());
        Assert.Equal(7, plan.GetProperty("areas").GetArrayLength());
        Assert.True(plan.GetProperty("mayDraft").GetBoolean());
        var goals = () => app.WithDbAsync(db => db.ActionPlanGoals.CountAsync(g => g.PlanId == ActionPlanSeeder.DemoPlanId));
        Assert.Equal(4, await goals());

        var goal = await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/goals", Goal("Isäryhmät")));
        var saved = await app.WithDbAsync(db => db.ActionPlanGoals.Include(g => g.Resources).SingleAsync(g => g.Id == goal));
        Assert.Equal((ActionPlanArea.GroupActivities, "Isäryhmät", Mikkeli), (saved.Area, saved.Title.Fi, saved.ResponsibleOrganisationIds.Single()));
        Assert.Equal((ResourceKind.WorkingTime, "2 h/vko"), (saved.Resources.Single().Kind, saved.Resources.Single().Description));

        // Bad input: a NUL in a text, another region's organisation, a missing area; nothing is saved.
        var nul = await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/goals", Goal("Nolla\u0000merkki"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nul.StatusCode);
        Assert.Contains("control or direction characters", JsonDocument.Parse(await nul.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("title.fi")[0].GetString());
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "actionplan.organisation_invalid"),
            await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/goals", Goal("Vieras", [SecondRegion.WellbeingCountyId]))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "validation.failed"),
            await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/goals", new { title = new { fi = "Ei osa-aluetta" }, description = new { fi = "x" } })));
        Assert.Equal((HttpStatusCode.NotFound, "actionplan.goal_not_found"),
            await RefusalAsync(await coordinator.PutAsJsonAsync($"/api/v1/action-plans/2026/goals/{Guid.NewGuid()}", Goal("Ei ole"))));
        Assert.Equal(5, await goals());
        // A representative comments but does not draft; a professional does neither; another region does not find the plan.
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync("/api/v1/action-plans/2026/goals", Goal("Edustajan"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await professional.PostAsJsonAsync("/api/v1/action-plans/2026/comments", new { goalId = goal, text = "Hyvä" })).StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "actionplan.not_found"), await RefusalAsync(await otherCoordinator.GetAsync("/api/v1/action-plans/2026")));
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.PostAsJsonAsync("/api/v1/action-plans/2026/goals", Goal("Vieras alue"))).StatusCode);
        await CreatedIdAsync(await representative.PostAsJsonAsync("/api/v1/action-plans/2026/comments", new { goalId = goal, text = "Savonlinna voi tarjota tilat." }));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/comments", new { text = "Kommentit 15.3. mennessä." }));
        plan = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/action-plans/2026");
        Assert.Equal("Savonlinna voi tarjota tilat.", plan.GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("goals").EnumerateArray())
            .Single(g => g.GetProperty("id").GetGuid() == goal).GetProperty("comments")[0].GetProperty("text").GetString());
        Assert.Single(plan.GetProperty("planComments").EnumerateArray());
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.ActionPlanCommented)));

        // Processing needs a numbered decision of the region's leadership group; publishing needs the processing.
        Assert.Equal((HttpStatusCode.Conflict, "actionplan.not_processed"), await RefusalAsync(await coordinator.PostAsync("/api/v1/action-plans/2026/publication", null)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "actionplan.decision_not_found"),
            await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/processing", new { decisionId = Guid.NewGuid() })));
        var decisionDay = app.NextYearOn(1, 12);
        var decision = await DecisionAsync(app, coordinator, decisionDay);
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsJsonAsync("/api/v1/action-plans/2026/processing", new { decisionId = decision })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/processing", new { decisionId = decision })).StatusCode);
        plan = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/action-plans/2026");
        Assert.Equal(("Processed", $"§ 1/{decisionDay.Year}", decisionDay.Iso()), (plan.GetProperty("state").GetString(), plan.GetProperty("decisionLabel").GetString(), plan.GetProperty("processedOn").GetString()));
        // Processed: the goals and comments no longer change.
        Assert.Equal((HttpStatusCode.Conflict, "actionplan.not_draft"), await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2026/goals", Goal("Myöhässä"))));
        Assert.Equal((HttpStatusCode.Conflict, "actionplan.not_draft"), await RefusalAsync(await representative.PostAsJsonAsync("/api/v1/action-plans/2026/comments", new { text = "Myöhässä" })));

        // Not public before publishing; a representative cannot publish; the coordinator's page asks to confirm first.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/action-plan/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await representative.PostAsync("/api/v1/action-plans/2026/publication", null)).StatusCode);
        var asking = await Forms.PostAsync(coordinator, "/staff/action-plans/2026", new Dictionary<string, string>(), "/staff/action-plans/2026?handler=Publish");
        Assert.Contains("name=\"Confirm\" value=\"true\"", await asking.Content.ReadAsStringAsync());
        Assert.Equal(ActionPlanState.Processed, await app.WithDbAsync(db => db.ActionPlans.Where(p => p.Year == 2026).Select(p => p.State).SingleAsync()));
        var published = await Forms.PostAsync(coordinator, "/staff/action-plans/2026", new Dictionary<string, string> { ["Confirm"] = "true" }, "/staff/action-plans/2026?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await app.Anonymous().GetStringAsync("/action-plan/2026");
        Assert.Contains("Isäryhmät", page);
        Assert.Contains($"§ 1/{decisionDay.Year}", page);
        Assert.DoesNotContain("Savonlinna voi tarjota tilat.", page); // comments are the staff's
        Assert.Contains("Isäryhmät", await app.Anonymous().GetStringAsync("/r/etela-savo/action-plan/2026"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/r/{SecondRegion.Slug}/action-plan/2026")).StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "actionplan.not_draft"), await RefusalAsync(await coordinator.DeleteAsync($"/api/v1/action-plans/2026/goals/{goal}")));
        foreach (var e in new[] { AuditEvent.ActionPlanSaved, AuditEvent.ActionPlanProcessed, AuditEvent.ActionPlanPublished })
            Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == e)), e.ToString());

        // The annual report's section (Order 10): goals per area, the state and the decision.
        AnnualReportSection? section = null;
        await app.WithScopeAsync(async services => section = await services.GetServices<IAnnualReportSource>().Single(s => s.Order == 10)
            .SectionAsync(NetworkSeeder.SouthSavo, 2026, "fi", CancellationToken.None));
        Assert.Equal("action-plan", section!.Key);
        Assert.Contains(section.Paragraphs, p => p.Contains($"§ 1/{decisionDay.Year}"));
        Assert.Equal(7, section.Tables.Single().Rows.Count);

        // The no-goals rule: an empty plan is not processed.
        await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans", new { year = 2030 }));
        Assert.Equal((HttpStatusCode.Conflict, "actionplan.no_goals"),
            await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2030/processing", new { decisionId = decision })));
    }

    [Theory, BothDatabases]
    public async Task The_next_year_starts_as_a_copy_and_the_comparison_pairs_goals_by_identity(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.Equal((HttpStatusCode.Conflict, "actionplan.exists"), await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans", new { year = 2026 })));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "actionplan.source_not_found"),
            await RefusalAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans", new { year = 2027, fromYear = 2020 })));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).PostAsJsonAsync("/api/v1/action-plans", new { year = 2027, fromYear = 2026 })).StatusCode);

        // "Start 2027 from 2026" on the plan's page.
        var started = await Forms.PostAsync(coordinator, "/staff/action-plans/2026", new Dictionary<string, string>(), "/staff/action-plans/2026?handler=Next");
        Assert.Equal("/staff/action-plans/2027?done=started", started.Headers.Location?.OriginalString);
        var copies = await app.WithDbAsync(db => db.ActionPlanGoals.Include(g => g.Resources).Where(g => db.ActionPlans.Any(p => p.Id == g.PlanId && p.Year == 2027)).ToListAsync());
        Assert.Equal(4, copies.Count);
        Assert.All(copies, c => Assert.NotNull(c.SourceGoalId));
        var kept = copies.Single(c => c.SourceGoalId == ActionPlanSeeder.GoalId("vertaisryhmat"));
        Assert.Equal(2, kept.Resources.Count);

        // Renamed (changed, not removed and added), removed, added; the rest unchanged.
        var renamed = copies.Single(c => c.SourceGoalId == ActionPlanSeeder.GoalId("viestinta"));
        var change = Goal("Viestintä perheille ja ammattilaisille", [NetworkSeeder.OrganisationId(SouthSavoNetwork.WellbeingCounty)], [], "Communication");
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"/api/v1/action-plans/2027/goals/{renamed.Id}", change)).StatusCode);
        var removed = copies.Single(c => c.SourceGoalId == ActionPlanSeeder.GoalId("arviointi"));
        var asking = await Forms.PostAsync(coordinator, "/staff/action-plans/2027", new Dictionary<string, string> { ["Goal"] = removed.Id.ToString() }, "/staff/action-plans/2027?handler=RemoveGoal");
        Assert.Contains("name=\"Confirm\" value=\"true\"", await asking.Content.ReadAsStringAsync());
        await Forms.PostAsync(coordinator, "/staff/action-plans/2027", new Dictionary<string, string> { ["Goal"] = removed.Id.ToString(), ["Confirm"] = "true" }, "/staff/action-plans/2027?handler=RemoveGoal");
        Assert.Equal(3, await app.WithDbAsync(db => db.ActionPlanGoals.CountAsync(g => db.ActionPlans.Any(p => p.Id == g.PlanId && p.Year == 2027))));
        await CreatedIdAsync(await coordinator.PostAsJsonAsync("/api/v1/action-plans/2027/goals", Goal("Uusi isäryhmä")));

        var comparison = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/action-plans/2027/comparison");
        Assert.Equal(2026, comparison.GetProperty("otherYear").GetInt32());
        var changes = comparison.GetProperty("changes").EnumerateArray().ToList();
        string Kind(JsonElement c) => c.GetProperty("kind").GetString()!;
        Assert.Equal(["Added", "Changed", "Removed", "Unchanged", "Unchanged"], changes.Select(Kind).Order().ToList());
        var changed = changes.Single(c => Kind(c) == "Changed");
        Assert.Equal("Viestintä perheille ja ammattilaisille", changed.GetProperty("title").GetString());
        var fields = changed.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Equal(["title", "description", "measures", "resources", "indicator"], fields);
        Assert.Equal("Kuntakohtainen arviointi alkuvuodesta (demo)", changes.Single(c => Kind(c) == "Removed").GetProperty("title").GetString());
        var comparePage = await coordinator.GetStringAsync("/staff/action-plans/2027/compare?with=2026");
        Assert.Contains("<ins>Viestintä perheille ja ammattilaisille</ins>", comparePage);
        Assert.Equal((HttpStatusCode.NotFound, "actionplan.not_found"), await RefusalAsync(await coordinator.GetAsync("/api/v1/action-plans/2027/comparison?with=1999")));
        // Every staff member of the region reads the plan and the comparison; the home page links them.
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        Assert.Equal(HttpStatusCode.OK, (await professional.GetAsync("/staff/action-plans/2027/compare")).StatusCode);
        var home = await professional.GetStringAsync("/staff");
        Assert.Contains("href=\"/staff/action-plans\"", home);
        Assert.Contains("href=\"/staff/year-clock\"", home);
    }
}

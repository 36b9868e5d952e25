using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using static Perheverkko.IntegrationTests.Workforce.PeopleTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Workforce;

public sealed class PeopleApiTests
{
    private static readonly Guid Mikkeli = NetworkSeeder.OrganisationId("mikkeli");

    private static Task<HttpResponseMessage> CheckAsync(HttpClient client, Guid id, int version, string extractDate, string shownOn, bool? consent = null) =>
        client.PostAsJsonAsync($"/api/v1/workforce/people/{id}/check", new { version, extractDate, shownOn, consent });

    [Theory, BothDatabases]
    public async Task Mikkelis_representative_keeps_people_checks_as_the_law_allows_and_volunteers_briefing_support_and_insurance(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var today = TodayFor(app);
        var year = today.Year;
        SetToday(app, today);
        // The demo programme seeds fictional people of its own; what this test adds is counted on top of them.
        var seeded = await app.WithDbAsync(db => db.Workers.CountAsync());
        var rep = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);

        // Bad input: nothing saved.
        Assert.Equal(InputInvalid.Code, await CodeOfAsync(await rep.PostAsJsonAsync("/api/v1/workforce/people", new { name = " ", kind = "Employee" })));
        Assert.Equal(InputInvalid.Code, await CodeOfAsync(await rep.PostAsJsonAsync("/api/v1/workforce/people",
            new { name = "Aino Esimerkki", kind = "Employee", workEmail = "aino(at)example" })));
        Assert.Equal(InputInvalid.Code, await CodeOfAsync(await rep.PostAsJsonAsync("/api/v1/workforce/people",
            new { name = new string('a', Worker.NameMaxLength + 1), kind = "Volunteer" })));
        Assert.Equal(seeded, await app.WithDbAsync(db => db.Workers.CountAsync()));

        var aino = await AddAsync(rep, "Aino Esimerkki", "Employee", "aino.esimerkki@mikkeli.example");
        var eeva = await AddAsync(rep, "Eeva Esimerkki", "Employee");
        var ville = await AddAsync(rep, "Ville Vapaaehtoinen", "Volunteer");
        var worker = await WorkerAsync(app, aino);
        Assert.Equal(Mikkeli, worker.OrganisationId);
        var region = worker.RegionId;

        // The six-month rule at its boundaries: the same day of the month six months on is accepted, the next day not.
        Assert.Equal("workforce.date_in_future", await CodeOfAsync(await CheckAsync(rep, aino, 1, $"{year}-03-01", $"{year}-03-16")));
        Assert.Equal("workforce.extract_after_shown", await CodeOfAsync(await CheckAsync(rep, aino, 1, $"{year}-03-11", $"{year}-03-10")));
        Assert.Equal("workforce.extract_too_old", await CodeOfAsync(await CheckAsync(rep, aino, 1, $"{year - 1}-09-10", $"{year}-03-11")));
        await OkAsync(await CheckAsync(rep, aino, 1, $"{year - 1}-09-10", $"{year}-03-10"));
        // A month end clamps: an extract of 31 August holds until the last day of February.
        Assert.Equal("workforce.extract_too_old", await CodeOfAsync(await CheckAsync(rep, eeva, 1, $"{year - 1}-08-31", $"{year}-03-01")));
        await OkAsync(await CheckAsync(rep, eeva, 1, $"{year - 1}-08-31", new DateOnly(year, 3, 1).AddDays(-1).Iso()));
        worker = await WorkerAsync(app, aino);
        Assert.Equal<(DateOnly?, DateOnly?, bool)>((new DateOnly(year - 1, 9, 10), new DateOnly(year, 3, 10), false), (worker.CheckExtractDate, worker.CheckShownOn, worker.CheckConsentGiven));
        var checkRow = await app.WithDbAsync(db => db.AuditRecords.SingleAsync(a => a.Event == AuditEvent.CriminalRecordCheckRecorded && a.ObjectId == aino.ToString()));
        Assert.Equal(SeedIds.For("user", DemoUsers.MikkeliRepresentative), checkRow.ActorId); // who checked is the audit row

        // A stale version is refused; a fresh one renames.
        Assert.Equal("workforce.stale", await CodeOfAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{aino}", new { version = 1, name = "Aino E." })));
        await OkAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{aino}", new { version = 2, name = "Aino Esimerkki-Testi", workEmail = "" }));
        Assert.Null((await WorkerAsync(app, aino)).WorkEmail);

        // A volunteer's check: only where the organisation's guideline requires it, and with consent.
        Assert.Equal("workforce.volunteer_check_not_required", await CodeOfAsync(await CheckAsync(rep, ville, 1, $"{year}-03-01", $"{year}-03-10", true)));
        await SetGuidelineAsync(app, region, Mikkeli, volunteerCheckRequired: true, recheckMonths: 12);
        Assert.Equal("workforce.consent_required", await CodeOfAsync(await CheckAsync(rep, ville, 1, $"{year}-03-01", $"{year}-03-10", false)));
        await OkAsync(await CheckAsync(rep, ville, 1, $"{year}-03-01", $"{year}-03-10", true));
        Assert.True((await WorkerAsync(app, ville)).CheckConsentGiven);

        // Briefing and support are for volunteers; the support person is an employee of the same organisation.
        Assert.Equal("workforce.not_volunteer", await CodeOfAsync(await rep.PostAsJsonAsync($"/api/v1/workforce/people/{eeva}/briefing",
            new { version = 2, briefedOn = $"{year}-03-01", briefedBy = "Matti Meikäläinen" })));
        Assert.Equal("workforce.date_in_future", await CodeOfAsync(await rep.PostAsJsonAsync($"/api/v1/workforce/people/{ville}/briefing",
            new { version = 2, briefedOn = $"{year}-03-16", briefedBy = "Matti Meikäläinen" })));
        await OkAsync(await rep.PostAsJsonAsync($"/api/v1/workforce/people/{ville}/briefing", new { version = 2, briefedOn = $"{year}-03-01", briefedBy = "Matti Meikäläinen" }));
        var policy = await AddPolicyAsync(app, region, Mikkeli, "VA-123", new DateOnly(year, 12, 31));
        var savonlinnaPolicy = await AddPolicyAsync(app, region, NetworkSeeder.OrganisationId("savonlinna"), "SA-9", new DateOnly(year, 12, 31));
        Assert.Equal("workforce.support_person_invalid", await CodeOfAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{ville}/support",
            new { version = 3, supportPersonId = ville, insurancePolicyId = policy })));
        Assert.Equal("workforce.support_person_invalid", await CodeOfAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{ville}/support",
            new { version = 3, supportPersonId = Guid.NewGuid(), insurancePolicyId = policy })));
        Assert.Equal("workforce.policy_not_found", await CodeOfAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{ville}/support",
            new { version = 3, supportPersonId = eeva, insurancePolicyId = savonlinnaPolicy })));
        Assert.Equal("workforce.not_volunteer", await CodeOfAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{eeva}/support",
            new { version = 2, supportPersonId = aino, insurancePolicyId = (Guid?)null })));
        await OkAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{ville}/support", new { version = 3, supportPersonId = eeva, insurancePolicyId = policy }));

        // The list and one person: the short standing, tasks in activities, what the reader may do.
        var activity = DirectorySeeder.ActivityId("satutuokio-mikkeli");
        await AddTaskAsync(app, await WorkerAsync(app, aino), activity, TaskRole.Leads, childrenWithoutGuardian: true);
        var list = await rep.GetFromJsonAsync<JsonElement>("/api/v1/workforce/people");
        Assert.True(list.GetProperty("mayManage").GetBoolean());
        var rows = list.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(new[] { "Aino Esimerkki-Testi", "Eeva Esimerkki", "Ville Vapaaehtoinen" }, rows.Keys.Order());
        Assert.Equal("Eeva Esimerkki", rows["Ville Vapaaehtoinen"].GetProperty("supportPerson").GetString());
        Assert.Equal("VA-123", rows["Ville Vapaaehtoinen"].GetProperty("policyNumber").GetString());
        Assert.Equal($"{year + 1}-03-10", rows["Aino Esimerkki-Testi"].GetProperty("checkDueOn").GetString());
        Assert.Equal(1, rows["Aino Esimerkki-Testi"].GetProperty("tasks").GetInt32());
        var volunteers = await rep.GetFromJsonAsync<JsonElement>("/api/v1/workforce/people?kind=Volunteer");
        Assert.Equal(new[] { "Ville Vapaaehtoinen" }, volunteers.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        var person = await PersonAsync(rep, aino);
        Assert.True(person.GetProperty("mayManage").GetBoolean());
        var task = Assert.Single(person.GetProperty("tasks").EnumerateArray());
        Assert.Equal($"/staff/directory/activities/{activity}", task.GetProperty("staffPath").GetString());
        Assert.Equal("Leads", task.GetProperty("role").GetString());
        Assert.True(task.GetProperty("childrenWithoutGuardian").GetBoolean());
        Assert.False(string.IsNullOrEmpty(task.GetProperty("activity").GetProperty("fi").GetString()));

        // A volunteer without a support person or briefing needs attention; the filter lists only them.
        await AddAsync(rep, "Veera Vapaaehtoinen", "Volunteer");
        var attention = await rep.GetFromJsonAsync<JsonElement>("/api/v1/workforce/people?needsAttention=true");
        Assert.Equal(new[] { "Veera Vapaaehtoinen" }, attention.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()));

        // Leaving: never in the future; the check fact goes at once, the tasks end, and nothing changes afterwards.
        var version = await VersionAsync(rep, aino);
        Assert.Equal("workforce.date_in_future", await CodeOfAsync(await rep.PostAsJsonAsync($"/api/v1/workforce/people/{aino}/leaving",
            new { version, leftOn = $"{year}-03-16" })));
        await OkAsync(await rep.PostAsJsonAsync($"/api/v1/workforce/people/{aino}/leaving", new { version, leftOn = $"{year}-03-15" }));
        worker = await WorkerAsync(app, aino);
        Assert.Equal<(DateOnly?, DateOnly?, DateOnly?)>((new DateOnly(year, 3, 15), null, null), (worker.LeftOn, worker.CheckShownOn, worker.CheckExtractDate));
        Assert.Equal(0, await app.WithDbAsync(db => db.ActivityTasks.CountAsync(t => t.WorkerId == aino)));
        Assert.False((await PersonAsync(rep, aino)).GetProperty("mayManage").GetBoolean());
        Assert.Equal("workforce.worker_left", await CodeOfAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{aino}",
            new { version = version + 1, name = "Aino" })));
        Assert.Equal("workforce.worker_left", await CodeOfAsync(await CheckAsync(rep, aino, version + 1, $"{year}-03-01", $"{year}-03-10")));
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync($"/api/v1/workforce/people/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal("workforce.worker_not_found", await CodeOfAsync(await rep.PostAsJsonAsync($"/api/v1/workforce/people/{Guid.NewGuid()}/leaving",
            new { version = 1, leftOn = $"{year}-03-15" })));

        // Every read of people is audited with a count and the organisation, never a name.
        var reads = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.WorkersRead).ToListAsync());
        Assert.True(reads.Count >= 6, $"{reads.Count} reads audited");
        Assert.Contains(reads, r => r.ObjectId == aino.ToString());
        var details = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Detail != null && (a.ObjectType == nameof(Worker) || a.Event == AuditEvent.WorkersRead))
            .Select(a => a.Detail!).ToListAsync());
        Assert.NotEmpty(details);
        Assert.DoesNotContain(details, d => d.Contains("Aino") || d.Contains("Ville") || d.Contains("Eeva") || d.Contains("Veera"));
    }

    [Theory, BothDatabases]
    public async Task Another_organisations_representative_cannot_read_add_or_change_Mikkelis_people_and_the_coordinator_sees_no_names(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var today = TodayFor(app);
        var year = today.Year;
        SetToday(app, today);
        var rep = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var aino = await AddAsync(rep, "Aino Esimerkki", "Employee");
        var ville = await AddAsync(rep, "Ville Vapaaehtoinen", "Volunteer");
        var region = (await WorkerAsync(app, ville)).RegionId;
        var policy = await AddPolicyAsync(app, region, Mikkeli, "VA-1", new DateOnly(year, 12, 31));
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var before = await app.WithDbAsync(db => db.Workers.AsNoTracking().Where(w => w.OrganisationId == Mikkeli).OrderBy(w => w.Id).Select(w => new { w.Id, w.Version, w.Name }).ToListAsync());

        foreach (var other in new[] { savonlinna, await app.ClientForAsync(DemoUsers.Coordinator), await app.ClientForAsync(DemoUsers.Admin) })
        {
            var listText = await other.GetAsync("/api/v1/workforce/people") is { StatusCode: HttpStatusCode.OK } ok ? await ok.Content.ReadAsStringAsync() : "";
            Assert.DoesNotContain("Aino", listText);
            Assert.DoesNotContain("Ville", listText);
            HttpResponseMessage[] tries =
            [
                await other.GetAsync($"/api/v1/workforce/people/{aino}"),
                await other.PutAsJsonAsync($"/api/v1/workforce/people/{aino}", new { version = 1, name = "Muutettu" }),
                await CheckAsync(other, aino, 1, $"{year}-03-01", $"{year}-03-10"),
                await other.PostAsJsonAsync($"/api/v1/workforce/people/{ville}/briefing", new { version = 1, briefedOn = $"{year}-03-01", briefedBy = "Joku" }),
                await other.PutAsJsonAsync($"/api/v1/workforce/people/{ville}/support", new { version = 1, supportPersonId = aino, insurancePolicyId = policy }),
                await other.PostAsJsonAsync($"/api/v1/workforce/people/{aino}/leaving", new { version = 1, leftOn = $"{year}-03-15" }),
                await other.PostAsJsonAsync("/api/v1/workforce/people", new { name = "Soluttautuja", kind = "Employee", organisationId = Mikkeli }),
            ];
            Assert.All(tries, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        }
        // The coordinator keeps the people of their own organisation only.
        var coordinatorList = await (await app.ClientForAsync(DemoUsers.Coordinator)).GetFromJsonAsync<JsonElement>("/api/v1/workforce/people");
        // (the county's own demo people may be there; Mikkeli's never are)
        var coordinatorSees = coordinatorList.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(aino, coordinatorSees);
        Assert.DoesNotContain(ville, coordinatorSees);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.Professional)).GetAsync("/api/v1/workforce/people")).StatusCode);

        // Another region's staff do not find Mikkeli's person at all.
        var secondRegion = await SecondRegion.SeedAsync(app);
        var farAway = await secondRegion.RepresentativeClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await farAway.GetAsync($"/api/v1/workforce/people/{aino}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await farAway.PostAsJsonAsync($"/api/v1/workforce/people/{aino}/leaving", new { version = 1, leftOn = $"{year}-03-15" })).StatusCode);

        // Another organisation's employee is no support person for Mikkeli's volunteer, and reads as invalid, not found.
        var theirs = await AddAsync(savonlinna, "Sanni Esimerkki", "Employee");
        Assert.Equal("workforce.support_person_invalid", await CodeOfAsync(await rep.PutAsJsonAsync($"/api/v1/workforce/people/{ville}/support",
            new { version = 1, supportPersonId = theirs, insurancePolicyId = policy })));

        var after = await app.WithDbAsync(db => db.Workers.AsNoTracking().Where(w => w.OrganisationId == Mikkeli).OrderBy(w => w.Id)
            .Select(w => new { w.Id, w.Version, w.Name }).ToListAsync());
        Assert.Equal(before, after);
        var denials = await app.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Event == AuditEvent.AccessDenied && a.ObjectType == nameof(Worker)));
        Assert.True(denials >= 18, $"{denials} denials audited");
    }
}

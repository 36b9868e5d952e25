using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Workforce;

/// <summary>
/// Activities know their people (issue #16 item 5): each organisation names its own people to the activities it is
/// responsible for or co-organises, sees the others' only as counts, and an activity is published only with a named
/// leader whose task's requirements are met; a lapse later marks it for the staff but keeps it published.
/// </summary>
public sealed class ActivityPeopleTests
{
    private static readonly Guid SavonlinnaCity = NetworkSeeder.OrganisationId("savonlinna");

    [Theory, BothDatabases]
    public async Task Each_organisation_names_changes_and_removes_only_its_own_people_in_activities_it_organises(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var aino = await AddWorkerAsync(app, MikkeliCity, "Aino Esimerkki", WorkerKind.Employee);
        var left = await AddWorkerAsync(app, MikkeliCity, "Lauri Lopettanut", WorkerKind.Employee, left: true);
        var sanna = await AddWorkerAsync(app, SavonlinnaCity, "Sanni Savolainen", WorkerKind.Employee);
        var people = $"/api/v1/activities/{MikkeliDraft}/people";

        await Refused(mikkeli, $"/api/v1/activities/{Guid.NewGuid()}/people", new { workerId = aino, role = "Leads" }, HttpStatusCode.NotFound, "workforce.activity_not_found");
        await Refused(mikkeli, people, new { workerId = Guid.NewGuid(), role = "Leads" }, HttpStatusCode.NotFound, "workforce.worker_not_found");
        // Another organisation's person reads as no person at all.
        await Refused(mikkeli, people, new { workerId = sanna, role = "Leads" }, HttpStatusCode.NotFound, "workforce.worker_not_found");
        await Refused(mikkeli, people, new { workerId = left, role = "Leads" }, HttpStatusCode.Conflict, "workforce.worker_left");
        // Savonlinna is not a party of Mikkeli's story hour: its people cannot be named there.
        await Refused(savonlinna, people, new { workerId = sanna, role = "Helps" }, HttpStatusCode.UnprocessableEntity, "workforce.worker_not_of_activity");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await mikkeli.PostAsJsonAsync(people, new { workerId = aino })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(DemoUsers.Professional)).PostAsJsonAsync(people, new { workerId = aino, role = "Leads" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.PostAsJsonAsync(people, new { workerId = aino, role = "Leads", childrenWithoutGuardian = true })).StatusCode);
        await Refused(mikkeli, people, new { workerId = aino, role = "Helps" }, HttpStatusCode.Conflict, "workforce.already_in_activity");
        // A co-organiser names its own people: Mikkeli co-organises MLL's family club.
        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.PostAsJsonAsync($"/api/v1/activities/{MikkeliFamilyClub}/people", new { workerId = aino, role = "Helps" })).StatusCode);

        // Savonlinna can neither change nor remove Mikkeli's person, and sees them only as a count.
        var foreignChange = await savonlinna.PutAsJsonAsync($"{people}/{aino}", new { role = "Helps" });
        Assert.Equal((HttpStatusCode.NotFound, "workforce.not_in_activity"), (foreignChange.StatusCode, await CodeOfAsync(foreignChange)));
        var foreignRemoval = await savonlinna.PostAsJsonAsync($"{people}/{aino}/removal", new { });
        Assert.Equal((HttpStatusCode.NotFound, "workforce.not_in_activity"), (foreignRemoval.StatusCode, await CodeOfAsync(foreignRemoval)));
        var seenByOther = await savonlinna.GetStringAsync(people);
        Assert.DoesNotContain("Aino", seenByOther);
        var otherView = JsonDocument.Parse(seenByOther).RootElement;
        Assert.Empty(otherView.GetProperty("ownPeople").EnumerateArray());
        Assert.False(otherView.GetProperty("mayName").GetBoolean());
        var counted = Assert.Single(otherView.GetProperty("otherOrganisations").EnumerateArray());
        Assert.Equal((1, 1, "Lapsed"), (counted.GetProperty("count").GetInt32(), counted.GetProperty("leading").GetInt32(), counted.GetProperty("standing").GetString()));
        Assert.Equal(["CheckShown"], counted.GetProperty("unmet").EnumerateArray().Select(u => u.GetString()));

        var own = await mikkeli.GetFromJsonAsync<JsonElement>(people);
        var person = Assert.Single(own.GetProperty("ownPeople").EnumerateArray());
        Assert.Equal(("Aino Esimerkki", "Leads", true), (person.GetProperty("name").GetString(), person.GetProperty("role").GetString(), person.GetProperty("childrenWithoutGuardian").GetBoolean()));
        Assert.DoesNotContain(own.GetProperty("choices").EnumerateArray(), c => c.GetProperty("id").GetGuid() == left || c.GetProperty("id").GetGuid() == aino);

        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.PutAsJsonAsync($"{people}/{aino}", new { role = "Helps", childrenWithoutGuardian = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.PostAsJsonAsync($"{people}/{aino}/removal", new { })).StatusCode);
        var again = await mikkeli.PostAsJsonAsync($"{people}/{aino}/removal", new { });
        Assert.Equal((HttpStatusCode.NotFound, "workforce.not_in_activity"), (again.StatusCode, await CodeOfAsync(again)));

        // The staff page: the select offers only one's own people; a post without a person gets a field message; removal asks first.
        var page = $"/staff/directory/activities/{MikkeliDraft}";
        var staff = await SignedInAsync(app, DemoUsers.MikkeliRepresentative);
        var html = await staff.GetStringAsync(page);
        Assert.Contains("Ohjaajat ja avustajat", html);
        Assert.Contains("Aino Esimerkki", html);
        Assert.DoesNotContain("Sanni Savolainen", html);
        var missingPerson = await Forms.PostAsync(staff, page, new Dictionary<string, string> { ["Person.Role"] = "Leads" }, $"{page}?handler=NamePerson");
        Assert.Contains("field-error", await missingPerson.Content.ReadAsStringAsync());
        var named = await Forms.PostAsync(staff, page, new Dictionary<string, string> { ["Person.WorkerId"] = aino.ToString(), ["Person.Role"] = "Leads" }, $"{page}?handler=NamePerson");
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        var ask = await Forms.PostAsync(staff, page, new Dictionary<string, string>(), $"{page}?handler=RemovePerson&workerId={aino}");
        Assert.Contains("Poistetaanko Aino Esimerkki", await ask.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.ActivityTasks.CountAsync(t => t.ActivityId == MikkeliDraft && t.WorkerId == aino)));
        var removed = await Forms.PostAsync(staff, page, new Dictionary<string, string> { ["confirmed"] = "true" }, $"{page}?handler=RemovePerson&workerId={aino}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ActivityTasks.CountAsync(t => t.ActivityId == MikkeliDraft && t.WorkerId == aino)));

        var audit = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.ObjectId == MikkeliDraft.ToString()).Select(a => new { a.Event, a.Detail }).ToListAsync());
        Assert.Contains(audit, a => a.Event == AuditEvent.WorkersRead);
        Assert.Equal(5, audit.Count(a => a.Event == AuditEvent.ActivityTasksChanged)); // named, changed, removed; named and removed on the page
        Assert.DoesNotContain(audit, a => a.Detail != null && a.Detail.Contains("Aino", StringComparison.Ordinal));
    }

    [Theory, BothDatabases]
    public async Task An_activity_is_published_only_with_a_named_leader_whose_requirements_are_met_and_a_lapse_marks_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await CreateAsync(mikkeli, Activity("Lasten satuhetki", Mikkeli, Kaisla, Weekly("Tuesday", "2030-01-01"), leaders: "Kaksi ohjaajaa"));

        // The free-text leaders are a note; nobody is named.
        var noLeader = await MoveAsync(mikkeli, id, 1, "Published");
        var problem = await noLeader.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "activity.incomplete"), (noLeader.StatusCode, Code(problem)));
        Assert.Contains("Missing: Leaders.", problem);

        // An employee leads a children's group while the parents meet elsewhere: the check is required (504/2002 §2).
        var aino = await AddWorkerAsync(app, MikkeliCity, "Aino Esimerkki", WorkerKind.Employee);
        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.PostAsJsonAsync($"/api/v1/activities/{id}/people", new { workerId = aino, role = "Leads", childrenWithoutGuardian = true })).StatusCode);
        var noCheck = await MoveAsync(mikkeli, id, 1, "Published");
        var noCheckProblem = await noCheck.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCheck.StatusCode);
        Assert.DoesNotContain("Missing:", noCheckProblem);
        Assert.Contains("Aino Esimerkki: check_shown", noCheckProblem);
        // Another organisation's publisher sees a count, not the name.
        var byCoordinator = await (await MoveAsync(coordinator, id, 1, "Published")).Content.ReadAsStringAsync();
        Assert.Contains("1 person of Mikkelin kaupunki: check_shown", byCoordinator);
        Assert.DoesNotContain("Aino", byCoordinator);
        // The staff form lists what is missing, by name for one's own people.
        var staff = await SignedInAsync(app, DemoUsers.MikkeliRepresentative);
        var form = await staff.GetStringAsync($"/staff/directory/activities/{id}");
        Assert.Contains("Ihmisiltä puuttuu", form);
        Assert.Contains("Aino Esimerkki: rikostaustaotteen tarkistus", form);
        Assert.Contains("Aiempi merkintä vetäjistä", form);

        await UpdateWorkerAsync(app, aino, (w, today, now) => w.RecordCheck(w.Version, today.AddMonths(-1), today, false, false, today, now));
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(mikkeli, id, 1, "Published")).StatusCode);

        // A volunteer leader needs briefing, a support person and insurance (001 §17).
        var second = await CreateAsync(mikkeli, Activity("Vauvaperheiden aamu", Mikkeli, Kaisla, Weekly("Thursday", "2030-01-01")));
        var ville = await AddWorkerAsync(app, MikkeliCity, "Ville Vapaaehtoinen", WorkerKind.Volunteer);
        Assert.Equal(HttpStatusCode.NoContent, (await mikkeli.PostAsJsonAsync($"/api/v1/activities/{second}/people", new { workerId = ville, role = "Leads" })).StatusCode);
        var unbriefed = await MoveAsync(mikkeli, second, 1, "Published");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unbriefed.StatusCode);
        Assert.Contains("Ville Vapaaehtoinen: briefed, support_person, insured", await unbriefed.Content.ReadAsStringAsync());
        var validUntil = HelsinkiTime.Today(app.Clock).AddDays(10);
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var today = HelsinkiTime.Today(app.Clock);
            var policy = new InsurancePolicy(Guid.NewGuid(), NetworkSeeder.SouthSavo, MikkeliCity, "Esimerkkivakuutus", "TEST-1", validUntil, now);
            db.InsurancePolicies.Add(policy);
            var volunteer = await db.Workers.SingleAsync(w => w.Id == ville);
            volunteer.RecordBriefing(volunteer.Version, today, "Aino Esimerkki", today, now);
            volunteer.SetSupport(volunteer.Version, await db.Workers.SingleAsync(w => w.Id == aino), policy, now);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(mikkeli, second, 1, "Published")).StatusCode);
        Assert.DoesNotContain("Vaatimukset vanhentuneet", await staff.GetStringAsync("/staff/directory"));

        // The policy ends: the activity stays published and is marked for the staff on the list and its page.
        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddDays(12));
        staff = await SignedInAsync(app, DemoUsers.MikkeliRepresentative); // the sign-in of twelve days ago has expired
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"/api/v1/activities/{second}")).StatusCode);
        Assert.Contains("Vaatimukset vanhentuneet", await staff.GetStringAsync("/staff/directory"));
        var marked = await staff.GetStringAsync($"/staff/directory/activities/{second}");
        Assert.Contains("Toiminta on julkaistu, mutta sen ihmisten vaatimukset eivät ole voimassa", marked);
        Assert.Contains("voimassa oleva vakuutus", marked);
        Assert.DoesNotContain("sen ihmisten vaatimukset eivät ole voimassa", await staff.GetStringAsync($"/staff/directory/activities/{id}"));
    }

    private static async Task<HttpClient> SignedInAsync(TestApp app, string email)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(client, email);
        return client;
    }

    private static async Task Refused(HttpClient client, string path, object body, HttpStatusCode status, string code)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.Equal((status, code), (response.StatusCode, await CodeOfAsync(response)));
    }

    private static Task<Guid> AddWorkerAsync(TestApp app, Guid organisation, string name, WorkerKind kind, bool left = false) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var worker = new Worker(Guid.NewGuid(), NetworkSeeder.SouthSavo, organisation, name, null, kind, now);
            if (left) worker.Leave(worker.Version, HelsinkiTime.Today(app.Clock), now);
            db.Workers.Add(worker);
            await db.SaveChangesAsync();
            return worker.Id;
        });

    private static Task UpdateWorkerAsync(TestApp app, Guid id, Action<Worker, DateOnly, DateTime> change) =>
        app.WithDbAsync(async db =>
        {
            var worker = await db.Workers.SingleAsync(w => w.Id == id);
            change(worker, HelsinkiTime.Today(app.Clock), app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
}

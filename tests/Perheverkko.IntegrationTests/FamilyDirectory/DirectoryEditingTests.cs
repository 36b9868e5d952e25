using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>Staff editing through the API: drafts, the four agreed things before publishing, who may edit what, stale edits, the audit trail.</summary>
public sealed class DirectoryEditingTests
{
    [Theory, BothDatabases]
    public async Task A_draft_is_told_what_is_missing_and_published_once_complete(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // Its Tuesdays begin the week before a Monday of next year, when the clock is set to find it this week.
        var monday = app.NextYearOn(1, 7).OnOrAfter(DayOfWeek.Monday);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var id = await CreateAsync(representative, Activity("Isovanhempien kerho", Mikkeli, null, Weekly("Tuesday", monday.AddDays(-6).Iso()), leaders: null, insurance: " "));

        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/activities/{id}")).StatusCode);
        var refused = await MoveAsync(representative, id, 1, "Published");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Equal("activity.incomplete", Code(problem));
        Assert.Contains("Rooms, Leaders, Insurance", problem);
        var draft = await representative.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}/staff-view");
        Assert.Equal(["Rooms", "Leaders", "Insurance"], draft.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Draft", draft.GetProperty("activity").GetProperty("state").GetString());

        var completed = await representative.PutAsJsonAsync($"/api/v1/activities/{id}",
            Activity("Isovanhempien kerho", Mikkeli, Kaisla, Weekly("Tuesday", monday.AddDays(-6).Iso()), version: 1));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(2, (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        // The free-text leaders of the update are a note now; a named leader of the responsible party agrees them (issue #16).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await MoveAsync(representative, id, 2, "Published")).StatusCode);
        await NameLeaderAsync(app, id);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(representative, id, 2, "Published")).StatusCode);

        var published = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}");
        Assert.Equal("Kohtaamispaikka Kaisla", published.GetProperty("meetingPlace").GetProperty("name").GetProperty("fi").GetString());
        Assert.False(published.TryGetProperty("leaders", out _));
        app.SetHelsinkiTime(monday, 10);
        Assert.Contains(id, await SearchAsync(app.Anonymous(), "municipality=mikkeli&week=true"));

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(representative, id, 3, "Archived")).StatusCode);
        var republished = await MoveAsync(representative, id, 4, "Published");
        Assert.Equal(HttpStatusCode.Conflict, republished.StatusCode);
        Assert.Equal("directory.transition_not_allowed", await CodeOfAsync(republished)); // back to draft first
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/activities/{id}")).StatusCode);
        Assert.DoesNotContain(id, await SearchAsync(app.Anonymous(), "municipality=mikkeli"));
        var events = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.ObjectId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Event).ToListAsync());
        Assert.Equal([AuditEvent.ActivityCreated, AuditEvent.ActivityUpdated, AuditEvent.DirectoryStateChanged, AuditEvent.DirectoryStateChanged], events);
    }

    [Theory, BothDatabases]
    public async Task A_representative_cannot_edit_another_organisations_activity(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var savonlinna = await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative);
        var change = Activity("Kaapattu", Mikkeli, Kaisla, Weekly("Friday", "2030-01-01"), version: 1, organisation: MikkeliCity);

        var put = await savonlinna.PutAsJsonAsync($"/api/v1/activities/{MikkeliDraft}", change);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal("access.denied", Code(await put.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(savonlinna, MikkeliDraft, 1, "Archived")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await savonlinna.PostAsJsonAsync("/api/v1/activities",
            Activity("Toisen nimissä", Mikkeli, null, Weekly("Friday", "2030-01-01"), organisation: MikkeliCity))).StatusCode);
        // The NGO's professional edits the NGO's own family club, not the city's activity.
        var professional = await app.ClientForAsync(DemoUsers.Professional);
        Assert.Equal(HttpStatusCode.Forbidden, (await professional.PutAsJsonAsync($"/api/v1/activities/{MikkeliDraft}", change)).StatusCode);
        var club = await professional.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{MikkeliFamilyClub}/staff-view");
        Assert.Equal(["EditDirectory"], club.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));

        var name = await app.WithDbAsync(db => db.Activities.Where(a => a.Id == MikkeliDraft).Select(a => a.Name.Fi).SingleAsync());
        Assert.Equal("Lasten satutuokio", name);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.AccessDenied && a.ObjectId == MikkeliDraft.ToString())));
    }

    [Theory, BothDatabases]
    public async Task A_municipalitys_representative_edits_the_meeting_places_in_it_whoever_maintains_them(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var view = await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{ParishRoom}/staff-view");
        Assert.Equal(["EditDirectory"], view.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()));
        var place = new
        {
            version = 2, name = new { fi = "Seurakuntakeskuksen perhetila" }, kind = "MeetingPlace", municipalityId = Mikkeli,
            streetAddress = "Hallituskatu 6", postalCode = "50100", postOffice = "Mikkeli", latitude = 61.6862, longitude = 27.2745,
            openingHours = new[] { new { day = "Monday", opens = "9:00", closes = "15:00" } },
            openingExceptions = new[] { new { from = "2030-12-23", to = "2031-01-06", opens = (string?)null, closes = (string?)null, note = new { fi = "Joulutauko", sv = "Jullov", en = (string?)null } } },
            offers = new[] { "OpenActivity", "PeerSupport" },
        };
        var saved = await (await app.ClientForAsync(DemoUsers.MikkeliRepresentative)).PutAsJsonAsync($"/api/v1/meeting-places/{ParishRoom}", place);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var other = await (await app.ClientForAsync(DemoUsers.SavonlinnaRepresentative)).PutAsJsonAsync($"/api/v1/meeting-places/{ParishRoom}", place);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var hours = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{ParishRoom}");
        Assert.Equal("09:00:00", hours.GetProperty("openingHours")[0].GetProperty("opens").GetString());
        Assert.True(hours.GetProperty("openingExceptions")[0].GetProperty("closed").GetBoolean());
    }

    [Theory, BothDatabases]
    public async Task An_unknown_entry_is_not_found_with_its_kinds_code_whether_read_changed_or_moved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var unknown = Guid.NewGuid();
        foreach (var (path, code) in new[] { ("activities", "activity.not_found"), ("services", "service.not_found"), ("meeting-places", "meeting_place.not_found") })
        {
            foreach (var response in new[]
                     {
                         await app.Anonymous().GetAsync($"/api/v1/{path}/{unknown}"),
                         await coordinator.GetAsync($"/api/v1/{path}/{unknown}/staff-view"),
                         await coordinator.PutAsJsonAsync($"/api/v1/{path}/{unknown}", new { version = 1 }),
                         await MoveAsync(coordinator, unknown, 1, "Published", path),
                     })
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Equal(code, await CodeOfAsync(response));
            }
        }
        // A draft is not public: to the public API it is as unknown as an id that names nothing.
        Assert.Equal("activity.not_found", await CodeOfAsync(await app.Anonymous().GetAsync($"/api/v1/activities/{MikkeliDraft}")));
    }

    [Theory, BothDatabases]
    public async Task A_stale_edit_is_refused_with_a_stable_code_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var first = await representative.PutAsJsonAsync($"/api/v1/activities/{MikkeliDraft}",
            Activity("Satutuokio", Mikkeli, Kaisla, Weekly("Friday", "2030-01-01"), version: 1));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await representative.PutAsJsonAsync($"/api/v1/activities/{MikkeliDraft}",
            Activity("Toinen versio", Mikkeli, Kaisla, Weekly("Friday", "2030-01-01"), version: 1));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("directory.stale", Code(await second.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(representative, MikkeliDraft, 1, "Archived")).StatusCode);
        var activity = await app.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == MikkeliDraft));
        Assert.Equal(("Satutuokio", 2), (activity.Name.Fi, activity.Version));
    }

    [Theory, BothDatabases]
    public async Task The_staff_page_says_what_is_missing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(client, DemoUsers.MikkeliRepresentative);
        var page = await client.GetStringAsync($"/staff/directory/activities/{MikkeliDraft}");
        Assert.Contains("Ennen julkaisua sovittava", page);
        Assert.Contains("<li>vetäjät</li>", page);
        Assert.Contains("<li>vakuutukset</li>", page);
        Assert.DoesNotContain("<li>tilat (kohtaamispaikka)</li>", page);

        // Saving and publishing from the form, refused or not, and a stale form: DirectoryFormTests.
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using Perheverkko.Web.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Workforce;

namespace Perheverkko.Testing;

/// <summary>Activities made through the API as a test needs them, and the ids of seeded directory rows (integration and browser tests).</summary>
public static class DirectoryTestData
{
    public static readonly Guid Mikkeli = NetworkSeeder.MunicipalityId("mikkeli");
    public static readonly Guid Hirvensalmi = NetworkSeeder.MunicipalityId("hirvensalmi");
    public static readonly Guid MikkeliCity = NetworkSeeder.OrganisationId("mikkeli");
    public static readonly Guid Kaisla = DirectorySeeder.PlaceId("kohtaamispaikka-kaisla");
    public static readonly Guid HirvensalmiPlace = DirectorySeeder.PlaceId("hirvensalmen-perhetupa");
    /// <summary>Mikkeli's own draft in the demo programme: leaders and insurance not agreed yet.</summary>
    public static readonly Guid MikkeliDraft = DirectorySeeder.ActivityId("satutuokio-mikkeli");
    /// <summary>The MLL family club in Mikkeli: published, maintained by the NGO, not by the city.</summary>
    public static readonly Guid MikkeliFamilyClub = DirectorySeeder.ActivityId("perhekerho-mikkeli");
    /// <summary>The parish's family room in Mikkeli: maintained by the parish, in the city's municipality.</summary>
    public static readonly Guid ParishRoom = DirectorySeeder.PlaceId("seurakuntakeskuksen-perhetila");

    public static object Activity(string name, Guid municipality, Guid? place, object schedule, string kind = "OpenActivity",
        int? ageMin = null, int? ageMax = null, string[]? languages = null, string cost = "Free", Guid? organisation = null,
        string? leaders = "Kaksi vapaaehtoista", string? insurance = "Järjestön vakuutus", int version = 0, string? description = null) => new
    {
        version = version == 0 ? (int?)null : version,
        organisationId = organisation,
        name = new { fi = name, sv = name + " (sv)", en = name + " (en)" },
        description = new { fi = description ?? "Kuvaus", sv = (string?)null, en = (string?)null },
        kind, municipalityId = municipality, meetingPlaceId = place, ageMin, ageMax,
        languages = languages ?? ["fi"], schedule, cost, leaders, insurance,
        audiences = new[] { "Families" }, topics = new[] { "OpenMeeting" },
    };

    public static object Weekly(string day, string from, string? until = null, string starts = "10:00", string ends = "12:00", string[]? cancelled = null) =>
        new { starts, ends, days = new[] { day }, from, until, dates = Array.Empty<string>(), cancelled = cancelled ?? [] };

    public static object Once(string date, string starts = "10:00", string ends = "12:00") =>
        new { starts, ends, days = Array.Empty<string>(), from = (string?)null, until = (string?)null, dates = new[] { date }, cancelled = Array.Empty<string>() };

    public static async Task<Guid> CreateAsync(HttpClient client, object activity)
    {
        var response = await client.PostAsJsonAsync("/api/v1/activities", activity);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid id, int version, string state, string path = "activities") =>
        await client.PostAsJsonAsync($"/api/v1/{path}/{id}/state", new { version, state });

    /// <summary>Creates the activity through the API, names a leader (<see cref="NameLeaderAsync"/>) and publishes it.</summary>
    public static async Task<Guid> PublishedAsync(TestApp app, HttpClient client, object activity)
    {
        var id = await CreateAsync(client, activity);
        await NameLeaderAsync(app, id);
        var published = await MoveAsync(client, id, 1, "Published");
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>
    /// Publishing needs a named leader since issue #16: a fictional employee of the activity's responsible party, named to
    /// lead it in a task without children alone (no check needed), written straight into the database.
    /// </summary>
    public static async Task<Guid> NameLeaderAsync(TestApp app, Guid activityId, string name = "Ohjaaja Esimerkki") =>
        await app.WithDbAsync(async db =>
        {
            var activity = await db.Activities.SingleAsync(a => a.Id == activityId);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var leader = new Worker(Guid.NewGuid(), activity.RegionId, activity.OrganisationId, name, null, WorkerKind.Employee, now);
            db.Workers.Add(leader);
            db.ActivityTasks.Add(new ActivityTask(Guid.NewGuid(), activity.RegionId, activityId, leader.Id, activity.OrganisationId, TaskRole.Leads, false, now));
            await db.SaveChangesAsync();
            return leader.Id;
        });

    public static async Task<IReadOnlyList<Guid>> SearchAsync(HttpClient client, string query)
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/directory?" + query);
        return result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    public static string Code(string problemJson) => JsonDocument.Parse(problemJson).RootElement.GetProperty("code").GetString()!;
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>Impossible schedules and places are refused with field messages; stored HTML is shown escaped and Markdown sanitised.</summary>
public sealed class DirectoryInputTests
{
    [Theory, BothDatabases]
    public async Task Impossible_schedules_and_coordinates_outside_Finland_are_refused_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var before = await app.WithDbAsync(db => db.Activities.CountAsync());

        async Task<JsonElement> Refused(string path, object body, HttpStatusCode status)
        {
            var response = await coordinator.PostAsJsonAsync(path, body);
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var endBeforeStart = await Refused("/api/v1/activities", Activity("X", Mikkeli, Kaisla, Weekly("Monday", "2030-01-01", starts: "12:00", ends: "10:00"), organisation: MikkeliCity), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("directory.schedule_end_before_start", endBeforeStart.GetProperty("code").GetString());
        var untilBeforeFrom = await Refused("/api/v1/activities", Activity("X", Mikkeli, Kaisla, Weekly("Monday", "2030-01-01", "2029-01-01"), organisation: MikkeliCity), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("directory.schedule_until_before_from", untilBeforeFrom.GetProperty("code").GetString());
        var february31 = await Refused("/api/v1/activities", Activity("X", Mikkeli, Kaisla, Weekly("Monday", "2027-02-31", starts: "25:00"), organisation: MikkeliCity), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("validation.failed", february31.GetProperty("code").GetString());
        Assert.True(february31.GetProperty("errors").TryGetProperty("schedule.from", out _));
        Assert.True(february31.GetProperty("errors").TryGetProperty("schedule.starts", out _));
        var badDates = await Refused("/api/v1/activities", Activity("X", Mikkeli, Kaisla,
            new { starts = "10:00", ends = "11:00", days = Array.Empty<string>(), dates = new[] { "2030-13-01", "31.2.2030" }, cancelled = new[] { "eilen" } },
            organisation: MikkeliCity, ageMin: 12, ageMax: 3, languages: ["suomi"]), HttpStatusCode.UnprocessableEntity);
        foreach (var field in new[] { "schedule.dates", "schedule.cancelled", "languages" }) Assert.True(badDates.GetProperty("errors").TryGetProperty(field, out _), field);
        var ages = await Refused("/api/v1/activities", Activity("X", Mikkeli, Kaisla, Weekly("Monday", "2030-01-01"), organisation: MikkeliCity, ageMin: 12, ageMax: 3), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("directory.age_range_invalid", ages.GetProperty("code").GetString());
        var unknownPlace = await Refused("/api/v1/activities", Activity("X", Mikkeli, Guid.NewGuid(), Weekly("Monday", "2030-01-01"), organisation: MikkeliCity), HttpStatusCode.UnprocessableEntity);
        Assert.True(unknownPlace.GetProperty("errors").TryGetProperty("meetingPlaceId", out _));

        object Place(double latitude, double longitude) => new
        {
            organisationId = MikkeliCity, slug = "ulkomailla", name = new { fi = "Ulkomailla" }, kind = "MeetingPlace", municipalityId = Mikkeli, latitude, longitude,
        };
        Assert.Equal("directory.coordinates_outside_finland", (await Refused("/api/v1/meeting-places", Place(48.85, 2.35), HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        Assert.Equal("directory.coordinates_outside_finland", (await Refused("/api/v1/meeting-places", Place(61.68, 45.0), HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        Assert.Equal("meeting_place.slug_taken", (await Refused("/api/v1/meeting-places", new
        {
            organisationId = MikkeliCity, slug = "kohtaamispaikka-kaisla", name = new { fi = "Toinen Kaisla" }, kind = "MeetingPlace", municipalityId = Mikkeli,
        }, HttpStatusCode.Conflict)).GetProperty("code").GetString());

        Assert.Equal(before, await app.WithDbAsync(db => db.Activities.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.MeetingPlaces.AnyAsync(p => p.Slug == "ulkomailla")));
    }

    [Theory, BothDatabases]
    public async Task Html_in_any_field_is_shown_escaped_and_Markdown_is_sanitised(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await PublishedAsync(app, coordinator, Activity("<script>alert('nimi')</script>", Mikkeli, Kaisla, Weekly("Tuesday", monday.AddDays(-6).Iso()),
            organisation: MikkeliCity, description: "**Tervetuloa** <script>alert('kuvaus')</script> [linkki](javascript:alert(1)) <img src=x onerror=alert(1)> </script><script>alert(2)</script>"));

        var page = await app.Anonymous().GetStringAsync($"/directory/activities/{id}");
        Assert.Contains("&lt;script&gt;alert(&#x27;nimi&#x27;)&lt;/script&gt;", page);
        Assert.Contains("<strong>Tervetuloa</strong>", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.DoesNotContain("onerror", page);
        var listing = await app.Anonymous().GetStringAsync("/directory/municipalities/mikkeli");
        Assert.DoesNotContain("<script>alert", listing);
        Assert.Contains("&lt;script&gt;", listing);
    }
}

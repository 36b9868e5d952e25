using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Perheverkko.Testing;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>The public listing's filters, applied in SQL on both databases, and input that must never break it.</summary>
public sealed class DirectorySearchTests
{
    /// <summary>A day as the week's list shows it: "ma 7.1.".</summary>
    private static string Shown(string weekday, DateOnly day) => $"{weekday} {day.Day}.{day.Month}.";

    [Theory, BothDatabases]
    public async Task Filters_narrow_the_listing_and_upcoming_activities_come_first(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var organisation = NetworkSeeder("hirvensalmi");
        var tuesdays = await PublishedAsync(app, coordinator, Activity("Testikerho A", Hirvensalmi, HirvensalmiPlace, Weekly("Tuesday", monday.AddDays(-6).Iso()),
            ageMin: 0, ageMax: 6, organisation: organisation));
        var saturdays = await PublishedAsync(app, coordinator, Activity("Testiryhmä B", Hirvensalmi, HirvensalmiPlace, Weekly("Saturday", monday.AddDays(25).Iso()),
            kind: "PeerGroup", ageMin: 10, ageMax: 15, languages: ["fi", "sv"], cost: "Fee", organisation: organisation));
        var once = await PublishedAsync(app, coordinator, Activity("Testitapahtuma C", Hirvensalmi, HirvensalmiPlace, Once(monday.AddDays(2).Iso()),
            kind: "Event", languages: ["en"], organisation: organisation));
        var ended = await PublishedAsync(app, coordinator, Activity("Päättynyt D", Hirvensalmi, HirvensalmiPlace, Weekly("Monday", monday.AddDays(-371).Iso(), monday.AddDays(-7).Iso()),
            organisation: organisation));
        var draft = await CreateAsync(coordinator, Activity("Luonnos E", Hirvensalmi, HirvensalmiPlace, Weekly("Tuesday", monday.AddDays(-6).Iso()), organisation: organisation));
        Guid[] mine = [tuesdays, saturdays, once, ended, draft];
        var anonymous = app.Anonymous();
        async Task<IReadOnlyList<Guid>> Mine(string filters) => (await SearchAsync(anonymous, "municipality=hirvensalmi&" + filters)).Where(mine.Contains).ToList();

        Assert.Equal([tuesdays, once, saturdays], await Mine("kind="));
        Assert.Equal([saturdays], await Mine("kind=PeerGroup"));
        Assert.Equal([tuesdays, once, saturdays], await Mine("kind=Activity")); // any activity: a municipality page's "all activities"
        Assert.Equal([saturdays], await Mine("kind=peergroup&age=12"));
        Assert.Equal([tuesdays, once], await Mine("age=3"));
        Assert.Equal([saturdays], await Mine("language=sv"));
        Assert.Equal([tuesdays], await Mine("day=Tuesday"));
        Assert.Equal([tuesdays, once], await Mine("free=true"));
        Assert.Equal([tuesdays, once], await Mine("week=true"));
        Assert.Equal([once], await Mine("week=true&day=wednesday"));
        Assert.Empty(await Mine("kind=Service"));
        Assert.Empty(await SearchAsync(anonymous, "municipality=hirvensalmi&week=true&kind=MeetingPlace"));
        // Other municipalities' items stay out.
        Assert.Empty(await SearchAsync(anonymous, "municipality=savonlinna&kind=PeerGroup&age=12&language=sv"));
        var places = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/directory?municipality=hirvensalmi&kind=MeetingPlace");
        Assert.Equal(["Hirvensalmen Perhetupa"], places.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetProperty("fi").GetString()));
    }

    [Theory, BothDatabases]
    public async Task This_week_in_a_municipality_lists_each_occurrence_in_time_order(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var organisation = NetworkSeeder("hirvensalmi");
        await PublishedAsync(app, coordinator, Activity("Viikkotesti", Hirvensalmi, HirvensalmiPlace,
            new { starts = "17:00", ends = "18:30", days = new[] { "Monday", "Thursday" }, from = monday.AddDays(-6).Iso(), dates = Array.Empty<string>(), cancelled = new[] { monday.AddDays(3).Iso() } },
            organisation: organisation));
        var page = await app.Anonymous().GetStringAsync("/directory/municipalities/hirvensalmi/this-week");
        var first = page.IndexOf(Shown("ma", monday) + " 17.00–18.30", StringComparison.Ordinal);
        var second = page.IndexOf(Shown("ma", monday.AddDays(7)), StringComparison.Ordinal);
        Assert.True(first > 0, page);
        Assert.Equal(-1, second); // the seven days from today end on Sunday
        Assert.DoesNotContain(Shown("to", monday.AddDays(3)) + " 17.00", page); // cancelled
    }

    [Theory, BothDatabases]
    public async Task A_municipality_page_shows_the_first_of_each_long_list_and_the_week_goes_page_by_page(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var organisation = NetworkSeeder("hirvensalmi");
        // 21 activities meeting every day: 21 in the list (one more than the page shows) and 147 occurrences this week.
        var everyDay = new { starts = "09:00", ends = "10:00", days = Enum.GetNames<DayOfWeek>(), from = monday.AddDays(-7).Iso(), dates = Array.Empty<string>(), cancelled = Array.Empty<string>() };
        for (var i = 0; i < 21; i++)
            await PublishedAsync(app, coordinator, Activity($"Päivittäinen {i:00}", Hirvensalmi, HirvensalmiPlace, everyDay, organisation: organisation));
        var anonymous = app.Anonymous();

        // The demo data has a few activities in Hirvensalmi too: the totals are read from the page and checked against ours.
        var municipality = await anonymous.GetStringAsync("/directory/municipalities/hirvensalmi");
        var activities = municipality[municipality.IndexOf("id=\"activities\"", StringComparison.Ordinal)..municipality.IndexOf("id=\"services\"", StringComparison.Ordinal)];
        Assert.Equal(20, activities.Split("<li>").Length - 1);
        var activityTotal = int.Parse(Regex.Match(activities, @"Ensimmäiset 20/(\d+)\.").Groups[1].Value);
        Assert.InRange(activityTotal, 21, 30);
        Assert.Contains($"<a href=\"/directory?municipality=hirvensalmi&amp;kind=Activity\">Kaikki {activityTotal} toimintaa haussa</a>", activities);
        var week = municipality[municipality.IndexOf("id=\"week\"", StringComparison.Ordinal)..municipality.IndexOf("id=\"places\"", StringComparison.Ordinal)];
        Assert.Equal(20, week.Split("<li>").Length - 1);
        var weekTotal = int.Parse(Regex.Match(week, @"Ensimmäiset 20/(\d+)\.").Groups[1].Value);
        Assert.InRange(weekTotal, 147, 200);
        var pages = (weekTotal + 49) / 50;

        // The week's page: 50 a page in time order, a pager, and a page past the end shows the last.
        static int Listed(string page) => page[page.IndexOf("<ul class=\"results\">", StringComparison.Ordinal)..].Split("</ul>")[0].Split("<li>").Length - 1;
        var first = await anonymous.GetStringAsync("/directory/municipalities/hirvensalmi/this-week");
        Assert.Equal(50, Listed(first));
        Assert.Contains($"Sivu 1/{pages}", first);
        Assert.Contains("href=\"/directory/municipalities/hirvensalmi/this-week?page=2\" rel=\"next\"", first);
        Assert.Contains(Shown("ma", monday) + " 09.00", first);
        Assert.DoesNotContain(Shown("ti", monday.AddDays(1)), first[..first.LastIndexOf(Shown("ma", monday) + " 09.00", StringComparison.Ordinal)]);
        var last = await anonymous.GetStringAsync($"/directory/municipalities/hirvensalmi/this-week?page={pages}");
        Assert.Equal(weekTotal - (pages - 1) * 50, Listed(last));
        Assert.Contains($"href=\"/directory/municipalities/hirvensalmi/this-week?page={pages - 1}\" rel=\"prev\"", last);
        Assert.DoesNotContain("rel=\"next\"", last);
        Assert.Contains(Shown("su", monday.AddDays(6)) + " 09.00", last);
        Assert.Contains($"Sivu {pages}/{pages}", await anonymous.GetStringAsync("/directory/municipalities/hirvensalmi/this-week?page=99"));
        Assert.Contains($"Sivu 1/{pages}", await anonymous.GetStringAsync("/directory/municipalities/hirvensalmi/this-week?page=abc"));

        // The search's "all activities" finds them all.
        var all = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/directory?municipality=hirvensalmi&kind=Activity");
        Assert.Equal(activityTotal, all.GetProperty("total").GetInt32());
    }

    [Theory, BothDatabases]
    public async Task Bad_search_input_gets_a_clear_message_or_an_empty_result_never_a_server_error(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();
        var longQuery = string.Concat(Enumerable.Repeat("perhekerho ", 200)); // 2,200 characters
        foreach (var query in new[]
        {
            "q=" + longQuery, "municipality=atlantis", "kind=Banana", "age=-1", "age=abc", "day=Funday", "day=3", "language=../../", "page=0", "page=x",
        })
        {
            var api = await anonymous.GetAsync("/api/v1/directory?" + query);
            Assert.True(api.StatusCode == HttpStatusCode.UnprocessableEntity, $"{query}: {api.StatusCode}");
            Assert.Equal("validation.failed", Code(await api.Content.ReadAsStringAsync()));
            var page = await anonymous.GetAsync("/directory?" + query);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Hakua ei voitu tehdä näillä ehdoilla", await page.Content.ReadAsStringAsync());
        }
        foreach (var query in new[] { "", "\"", "perhe*", "NEAR(a b)", "-kerho", "' OR 1=1 --", "\"; DROP TABLE \"Activities\"; --", "<script>alert(1)</script>", "%00", "🙂" })
        {
            var address = "q=" + Uri.EscapeDataString(query) + "&unknown=filter&free=maybe";
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/directory?" + address)).StatusCode);
            var page = await anonymous.GetAsync("/directory?" + address);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.DoesNotContain("<script>alert(1)</script>", await page.Content.ReadAsStringAsync());
        }
    }

    private static Guid NetworkSeeder(string slug) => Web.Features.Organisations.NetworkSeeder.OrganisationId(slug);
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Search;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>
/// The search is complete at any scale (issue #14 item 1): more matches than the old index's cap of 1,000, and every
/// filter applied to every one of them; helpful when the exact form finds nothing; current on every instance.
/// </summary>
public sealed class DirectorySearchCompletenessTests
{
    private const int NameMatches = 1_050;
    private const int Babies = 12;

    [Theory, BothDatabases]
    public async Task Every_filter_reaches_every_match_beyond_a_thousand_in_a_stable_order(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        // 1,050 clubs with the word in their names (ages 3–6), and twelve baby groups that have it only in their
        // descriptions (ages 0–1): by relevance the babies come after every club, past the first thousand.
        var clubs = Enumerable.Range(0, NameMatches).Select(i => Generated($"Perhekerho {i:0000}", "Leikkiä ja laulua.", 3, 6, i % 2 == 0 ? Mikkeli : Hirvensalmi, monday)).ToList();
        var babies = Enumerable.Range(0, Babies).Select(i => Generated($"Vauvaryhmä {i:00}", "Tule perhekerhoon vauvan kanssa.", 0, 1, i % 2 == 0 ? Mikkeli : Hirvensalmi, monday)).ToList();
        await SaveAndIndexAsync(app, [.. clubs, .. babies]);
        var anonymous = app.Anonymous();

        // Without a municipality, the age filter finds all twelve (and the demo data's family clubs for babies), and no club for older children.
        var all = await PagesAsync(anonymous, "q=perhekerho&age=0");
        Assert.Subset(all.ToHashSet(), babies.Select(b => b.Id).ToHashSet());
        Assert.DoesNotContain(all, clubs.Select(c => c.Id).ToHashSet().Contains);
        // The same with a weekday, and as HSDS counts them.
        Assert.Subset((await PagesAsync(anonymous, "q=perhekerho&age=0&day=Tuesday&free=true")).ToHashSet(), babies.Select(b => b.Id).ToHashSet());
        var hsds = await anonymous.GetFromJsonAsync<JsonElement>("/hsds/services?search=perhekerho&per_page=50");
        Assert.True(hsds.GetProperty("total_items").GetInt32() >= NameMatches + Babies);

        // Every match once, in the same order each time: name matches first.
        var first = await PagesAsync(anonymous, "q=perhekerho&age=4", most: 60);
        var again = await PagesAsync(anonymous, "q=perhekerho&age=4", most: 60);
        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct().Count());
        var total = (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/directory?q=perhekerho&age=4")).GetProperty("total").GetInt32();
        Assert.True(total >= NameMatches, $"{total} of at least {NameMatches}");
        // The last page holds the last of them.
        var last = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/directory?q=perhekerho&age=4&page={(total + 19) / 20}");
        Assert.Equal(total - (total + 19) / 20 * 20 + 20, last.GetProperty("items").GetArrayLength());
    }

    [Theory, BothDatabases]
    public async Task A_word_typed_without_its_dots_is_found_and_a_word_not_in_the_directory_gets_suggestions(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var clinic = await PublishedAsync(app, coordinator, Activity("Äitiysneuvolan vauvaryhmä", Hirvensalmi, HirvensalmiPlace, Weekly("Tuesday", monday.AddDays(-6).Iso()),
            organisation: Web.Features.Organisations.NetworkSeeder.OrganisationId("hirvensalmi")));
        var anonymous = app.Anonymous();

        var folded = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/directory?q=aitiysneuvola");
        Assert.Equal("äitiysneuvola", folded.GetProperty("searchedFor").GetString());
        Assert.Contains(clinic, folded.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        var nothing = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/directory?q=vauvakerho");
        Assert.Equal(0, nothing.GetProperty("total").GetInt32());
        var suggestions = nothing.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("vauvakahvila", suggestions);
        Assert.Contains("perhekerho", suggestions);

        // On the page: the notice, and the suggestions as links that search again.
        var page = await anonymous.GetStringAsync("/directory?q=vauvakerho");
        Assert.Contains("href=\"/directory?q=vauvakahvila\"", page);
        Assert.Contains("Tarkoititko", (await anonymous.GetStringAsync("/directory?q=vauvakerho")));
        Assert.Contains("äitiysneuvola", await anonymous.GetStringAsync("/directory?q=aitiysneuvola"));
    }

    [Theory, BothDatabases]
    public async Task A_change_made_on_one_instance_is_found_on_another_within_two_seconds(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        await using var other = app.AnotherInstance();
        other.SetHelsinkiTime(monday, 10);
        var reader = other.Anonymous();
        Assert.Empty(await SearchAsync(reader, "q=kummitusjumppa"));

        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await PublishedAsync(app, coordinator, Activity("Kummitusjumppa", Hirvensalmi, HirvensalmiPlace, Weekly("Tuesday", monday.AddDays(-6).Iso()),
            organisation: Web.Features.Organisations.NetworkSeeder.OrganisationId("hirvensalmi")));
        // Found at once where it was saved; on the other instance within the feed's poll interval.
        Assert.Equal([id], await SearchAsync(app.Anonymous(), "q=kummitusjumppa"));
        var deadline = DateTime.UtcNow.AddSeconds(2);
        IReadOnlyList<Guid> found;
        while ((found = await SearchAsync(reader, "q=kummitusjumppa")).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal([id], found);
    }

    [Theory, BothDatabases]
    public async Task Next_occurrences_follow_the_clock_and_an_ended_activity_leaves_the_search(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear();
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await PublishedAsync(app, coordinator, Activity("Aikamatkajumppa", Hirvensalmi, HirvensalmiPlace,
            Weekly("Tuesday", monday.AddDays(-6).Iso(), until: monday.AddDays(13).Iso()),
            organisation: Web.Features.Organisations.NetworkSeeder.OrganisationId("hirvensalmi")));
        var reader = app.Anonymous();
        async Task<string?> NextDateAsync(string query)
        {
            var result = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/directory?{query}&uncached={Guid.NewGuid():N}");
            var hit = result.GetProperty("items").EnumerateArray().SingleOrDefault(i => i.GetProperty("id").GetGuid() == id);
            return hit.ValueKind == JsonValueKind.Undefined ? null : hit.GetProperty("next").GetProperty("date").GetString();
        }

        // With text and without: the catalogue works the next occurrence out from today, once a day.
        Assert.Equal(monday.AddDays(1).Iso(), await NextDateAsync("q=aikamatkajumppa"));
        Assert.Equal(monday.AddDays(1).Iso(), await NextDateAsync("municipality=hirvensalmi&kind=OpenActivity"));
        app.SetHelsinkiTime(monday.AddDays(8), 10); // the next Tuesday, after the first
        Assert.Equal(monday.AddDays(8).Iso(), await NextDateAsync("q=aikamatkajumppa"));
        Assert.Equal(monday.AddDays(8).Iso(), await NextDateAsync("municipality=hirvensalmi&day=Tuesday"));
        app.SetHelsinkiTime(monday.AddDays(9), 10); // the Wednesday after: the last Tuesday before its end has passed
        Assert.Null(await NextDateAsync("q=aikamatkajumppa"));
        Assert.Null(await NextDateAsync("municipality=hirvensalmi&kind=OpenActivity"));
    }

    private static Web.Features.Directory.Activity Generated(string name, string description, int ageMin, int ageMax, Guid municipality, DateOnly monday)
    {
        var now = monday.HelsinkiUtc(10);
        var place = municipality == Mikkeli ? Kaisla : HirvensalmiPlace;
        var organisation = Web.Features.Organisations.NetworkSeeder.OrganisationId(municipality == Mikkeli ? "mikkeli" : "hirvensalmi");
        var activity = Web.Features.Directory.Activity.Create(Guid.CreateVersion7(), Web.Features.Organisations.NetworkSeeder.SouthSavo, organisation,
            new ActivityDetails(new LocalizedText(name), new LocalizedText(description), ActivityKind.OpenActivity, municipality, place, null, [], ageMin, ageMax,
                [Audience.Families], [Topic.OpenMeeting], ["fi"], Schedule.EveryWeek(monday.AddDays(-6), null, new TimeOnly(10, 0), new TimeOnly(11, 0), DayOfWeek.Tuesday),
                false, null, null, null, Cost.Free, null, "Ohjaaja Esimerkki", "Järjestön vakuutus"), now);
        activity.MoveTo(1, PublicationState.Published, new ActivityPeopleGaps(LeaderNamed: true, []), now);
        return activity;
    }

    /// <summary>The rows and their index documents in one transaction, as the bench's generator writes a national directory.</summary>
    private static async Task SaveAndIndexAsync(TestApp app, IReadOnlyCollection<DirectoryEntry> entries) => await app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<PerheverkkoDb>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var entry in entries) db.Add(entry);
        await db.SaveChangesAsync();
        var names = await DirectoryNames.LoadAsync(db, entries, CancellationToken.None);
        var documents = services.GetRequiredService<DirectorySearchDocuments>();
        await services.GetRequiredService<SearchIndex>().UpsertManyAsync(entries.Select(e => documents.Build(e, names)), CancellationToken.None);
        await transaction.CommitAsync();
    });

    /// <summary>The ids of every page of a search through the API (or of the first <paramref name="most"/> pages).</summary>
    private static async Task<List<Guid>> PagesAsync(HttpClient client, string query, int most = int.MaxValue)
    {
        var ids = new List<Guid>();
        for (var page = 1; page <= most; page++)
        {
            var result = await client.GetFromJsonAsync<JsonElement>($"/api/v1/directory?{query}&page={page}");
            ids.AddRange(result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            if (page >= result.GetProperty("pageCount").GetInt32()) break;
        }
        return ids;
    }
}

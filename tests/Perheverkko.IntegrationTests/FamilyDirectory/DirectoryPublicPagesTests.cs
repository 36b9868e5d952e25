using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>The public pages without signing in: schema.org data on the detail pages, sitemap.xml, and calendar feeds read back by ical.js.</summary>
public sealed partial class DirectoryPublicPagesTests
{
    [Theory, BothDatabases]
    public async Task Detail_pages_carry_schema_org_data_and_the_sitemap_lists_them(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();
        var activity = JsonLd(await anonymous.GetStringAsync($"/directory/activities/{MikkeliFamilyClub}"));
        Assert.Equal("Event", activity.GetProperty("@type").GetString());
        Assert.Equal("P1W", activity.GetProperty("eventSchedule").GetProperty("repeatFrequency").GetString());
        Assert.Equal(["https://schema.org/Tuesday"], activity.GetProperty("eventSchedule").GetProperty("byDay").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Kohtaamispaikka Kaisla", activity.GetProperty("location").GetProperty("name").GetString());

        var service = JsonLd(await anonymous.GetStringAsync($"/directory/services/{DirectorySeeder.ServiceId("neuvola-mikkeli")}"));
        Assert.Equal("GovernmentService", service.GetProperty("@type").GetString());
        var ngo = JsonLd(await anonymous.GetStringAsync($"/directory/services/{DirectorySeeder.ServiceId("viola-neuvonta")}"));
        Assert.Equal("Service", ngo.GetProperty("@type").GetString());

        var place = JsonLd(await anonymous.GetStringAsync("/directory/places/kohtaamispaikka-kaisla"));
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.Equal(61.688, place.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal(5, place.GetProperty("openingHoursSpecification").GetArrayLength());

        foreach (var path in new[] { "/directory", "/directory/municipalities/mikkeli", "/directory/municipalities/savonlinna/this-week",
                     "/directory/family-centres/mikkelin-perhekeskus", "/directory/places/olkkari", "/directory?q=perhekerho+Mikkeliss%C3%A4&municipality=mikkeli&week=true" })
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/directory/activities/{MikkeliDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/directory/municipalities/atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/directory/places/atlantis/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/directory/family-centres/atlantis")).StatusCode);
        await app.WithScopeAsync(async services =>
        {
            // What the pages answer with 404: the queries' refusals, with their codes.
            var queries = services.GetRequiredService<DirectoryQueries>();
            Assert.Equal("directory.municipality_not_found",
                (await Assert.ThrowsAsync<NotFoundException>(() => queries.MunicipalityAsync("atlantis", CancellationToken.None))).Rule.Code);
            Assert.Equal("directory.family_centre_not_found",
                (await Assert.ThrowsAsync<NotFoundException>(() => queries.FamilyCentreAsync("atlantis", CancellationToken.None))).Rule.Code);
        });

        var sitemap = await anonymous.GetStringAsync("/sitemap.xml");
        Assert.Contains($"/directory/activities/{MikkeliFamilyClub}</loc>", sitemap);
        Assert.Contains("/directory/places/kohtaamispaikka-kaisla</loc>", sitemap);
        Assert.Contains("/directory/municipalities/sulkava/this-week</loc>", sitemap);
        Assert.DoesNotContain(MikkeliDraft.ToString(), sitemap);
    }

    [Theory, BothDatabases]
    public async Task An_activitys_calendar_file_is_read_by_ical_js_with_its_recurrence_exceptions_and_the_autumn_clock_change(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var id = await PublishedAsync(app, coordinator, Activity("Syyskauden perhekerho; \"iltapäivä\", osa 1", Mikkeli, Kaisla,
            Weekly("Tuesday", "2030-10-01", "2030-11-26", cancelled: ["2030-10-22"]), organisation: MikkeliCity));

        var response = await app.Anonymous().GetAsync($"/directory/activities/{id}/calendar.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var parsed = await IcalJs(await response.Content.ReadAsStringAsync());
        var e = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        Assert.Equal(DirectoryCalendar.Uid(id), e.GetProperty("uid").GetString());
        Assert.Equal("Syyskauden perhekerho; \"iltapäivä\", osa 1", e.GetProperty("summary").GetString());
        Assert.Equal("Europe/Helsinki", e.GetProperty("timezone").GetString());
        Assert.StartsWith("FREQ=WEEKLY", e.GetProperty("rrule").GetString());
        var starts = e.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("start").GetString()).ToList();
        Assert.Equal([
            "2030-10-01T07:00:00.000Z", "2030-10-08T07:00:00.000Z", "2030-10-15T07:00:00.000Z",
            // 22 October is cancelled; summer time ends on 27 October, and 10:00 in Helsinki is 08:00 UTC from then on.
            "2030-10-29T08:00:00.000Z", "2030-11-05T08:00:00.000Z", "2030-11-12T08:00:00.000Z", "2030-11-19T08:00:00.000Z", "2030-11-26T08:00:00.000Z",
        ], starts);

        // The same UID in the place's and the municipality's feeds, so subscribing to both does not double it.
        foreach (var feed in new[] { "/directory/places/kohtaamispaikka-kaisla/calendar.ics", "/directory/municipalities/mikkeli/calendar.ics" })
        {
            var all = await IcalJs(await app.Anonymous().GetStringAsync(feed));
            var uids = all.GetProperty("events").EnumerateArray().Select(x => x.GetProperty("uid").GetString()).ToList();
            Assert.Contains(DirectoryCalendar.Uid(id), uids);
            Assert.Contains(DirectoryCalendar.Uid(MikkeliFamilyClub), uids);
            Assert.Equal(uids.Count, uids.Distinct().Count());
            Assert.All(all.GetProperty("events").EnumerateArray(), x => Assert.NotEqual(0, x.GetProperty("occurrences").GetArrayLength()));
        }
    }

    private static JsonElement JsonLd(string html)
    {
        var match = JsonLdScript().Match(html);
        Assert.True(match.Success, "no JSON-LD on the page");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement;
    }

    /// <summary>Runs tests/tools/parse-ical.mjs (ical.js, installed by test.sh with npm ci) on the calendar text.</summary>
    private static async Task<JsonElement> IcalJs(string ics)
    {
        var tools = Path.Combine(RepositoryRoot(), "tests", "tools");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "ical.js")), "Run ./test.sh (or npm ci in tests/tools) to install ical.js.");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, ics);
            var start = new ProcessStartInfo("node", ["parse-ical.mjs", file, "60"])
            {
                WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await error);
            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Perheverkko.slnx"))) return dir.FullName;
        throw new InvalidOperationException("No Perheverkko.slnx above the test binaries.");
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}

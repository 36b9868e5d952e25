using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Xml;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Announcements;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.IntegrationTests.Announcements.AnnouncementTestData;
using static Perheverkko.Testing.ApiResponses;

namespace Perheverkko.IntegrationTests.Announcements;

/// <summary>
/// Only published announcements are public (issue #18 item 1): not before their start, not after their end, never once
/// withdrawn — on the front page, the municipality pages, the list and detail pages, the RSS and Atom feeds (read back
/// with System.ServiceModel.Syndication) and the sitemap.
/// </summary>
public sealed class AnnouncementPublicTests
{
    private static async Task<SyndicationFeed> FeedAsync(HttpClient client, string path, string contentType)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    private static IReadOnlyList<string> Titles(SyndicationFeed feed) => feed.Items.Select(i => i.Title.Text).ToList();

    [Theory, BothDatabases]
    public async Task Announcements_are_public_only_between_their_start_and_end_and_until_withdrawn(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var year = app.NextYear();
        SetNow(app, new DateOnly(year, 3, 1));
        var mikkeli = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var family = app.Anonymous();
        const string spring = "Kevään vauvaryhmä alkaa";
        const string regionWide = "Koko alueen kesätauko";
        const string elsewhere = "Savonlinnan satutunti";
        var springId = await WriteAsync(mikkeli, Body(spring, Mikkeli, $"{year}-03-02", $"{year}-03-10", "09:00", "18:00",
            body: "Ilmoittaudu [neuvolaan](https://example.org) & tule mukaan <script>alert(1)</script>"));
        var regionId = await WriteAsync(coordinator, Body(regionWide, null, $"{year}-03-01", fromTime: "08:00"));
        await WriteAsync(coordinator, Body(elsewhere, Savonlinna, $"{year}-03-01", fromTime: "08:00", organisationId: Web.Features.Organisations.NetworkSeeder.OrganisationId("savonlinna")));

        // Before its start: the region-wide one is out, the spring group is not.
        var front = WebUtility.HtmlDecode(await family.GetStringAsync("/"));
        Assert.Contains(regionWide, front);
        Assert.DoesNotContain(spring, front);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\"", front);
        Assert.Contains("href=\"/announcements.atom\"", front);
        // The slot sits between the lead and the search (decision 0030).
        Assert.True(front.IndexOf("class=\"lead\"", StringComparison.Ordinal) < front.IndexOf("id=\"announcements\"", StringComparison.Ordinal)
            && front.IndexOf("id=\"announcements\"", StringComparison.Ordinal) < front.IndexOf("id=\"front-search\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/announcements/{springId}")).StatusCode);
        Assert.DoesNotContain(spring, Titles(await FeedAsync(family, "/directory/municipalities/mikkeli/announcements.rss", AnnouncementFeeds.RssType)));

        // Between start and end: everywhere it belongs, and nowhere else.
        SetNow(app, new DateOnly(year, 3, 5));
        front = WebUtility.HtmlDecode(await family.GetStringAsync("/"));
        Assert.True(front.IndexOf(spring, StringComparison.Ordinal) < front.IndexOf(regionWide, StringComparison.Ordinal), "newest first");
        var mikkeliPage = WebUtility.HtmlDecode(await family.GetStringAsync("/directory/municipalities/mikkeli"));
        Assert.Contains(spring, mikkeliPage);
        Assert.Contains(regionWide, mikkeliPage);
        Assert.DoesNotContain(elsewhere, mikkeliPage);
        Assert.Contains("href=\"/directory/municipalities/mikkeli/announcements.rss\"", mikkeliPage);
        Assert.Contains("type=\"application/atom+xml\"", mikkeliPage);
        var savonlinnaPage = WebUtility.HtmlDecode(await family.GetStringAsync("/r/etela-savo/directory/municipalities/savonlinna"));
        Assert.Contains(elsewhere, savonlinnaPage);
        Assert.DoesNotContain(spring, savonlinnaPage);
        Assert.Contains("href=\"/r/etela-savo/directory/municipalities/savonlinna/announcements.rss\"", savonlinnaPage);
        var detail = WebUtility.HtmlDecode(await family.GetStringAsync($"/announcements/{springId}"));
        Assert.Contains(spring, detail);
        Assert.Contains("href=\"https://example.org\"", detail);
        Assert.DoesNotContain("<script>alert", detail);
        Assert.Contains(spring, WebUtility.HtmlDecode(await family.GetStringAsync($"/r/etela-savo/announcements/{springId}")));
        var list = WebUtility.HtmlDecode(await family.GetStringAsync("/r/etela-savo/announcements"));
        Assert.Contains(spring, list);
        Assert.Contains("href=\"/r/etela-savo/announcements.rss\"", list);

        var rss = await FeedAsync(family, "/directory/municipalities/mikkeli/announcements.rss", AnnouncementFeeds.RssType);
        Assert.Equal([spring, regionWide], Titles(rss).Where(t => t == spring || t == regionWide || t == elsewhere));
        var item = rss.Items.First(i => i.Title.Text == spring);
        Assert.Equal($"https://perheverkko.example/announcements/{springId}", Assert.Single(item.Links).Uri.ToString());
        Assert.DoesNotContain("<script", ((TextSyndicationContent)item.Summary).Text);
        Assert.Equal("fi", rss.Language);
        var atom = await FeedAsync(family, "/r/etela-savo/announcements.atom", AnnouncementFeeds.AtomType);
        Assert.Contains(spring, Titles(atom));
        Assert.Contains(elsewhere, Titles(atom));
        Assert.All(atom.Items, i => Assert.True(i.Links.Single().Uri.IsAbsoluteUri));
        // In the visitor's language, with Finnish where there is no translation.
        var swedish = app.Anonymous();
        swedish.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dsv%7Cuic%3Dsv");
        var sv = await FeedAsync(swedish, "/announcements.atom", AnnouncementFeeds.AtomType);
        Assert.Contains(spring + " (sv)", Titles(sv));
        Assert.Contains("Tervetuloa", ((TextSyndicationContent)sv.Items.First(i => i.Title.Text == regionWide + " (sv)").Content).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync("/directory/municipalities/ei-ole/announcements.rss")).StatusCode);
        var sitemap = await family.GetStringAsync("/sitemap.xml");
        Assert.Contains($"<loc>https://perheverkko.example/announcements/{springId}</loc>", sitemap);
        Assert.Contains("<loc>https://perheverkko.example/announcements</loc>", sitemap);
        Assert.Contains("/directory/places/", sitemap);

        // After its end it is gone from every public view.
        SetNow(app, new DateOnly(year, 3, 10), hour: 19);
        Assert.DoesNotContain(spring, WebUtility.HtmlDecode(await family.GetStringAsync("/")));
        Assert.DoesNotContain(spring, WebUtility.HtmlDecode(await family.GetStringAsync("/directory/municipalities/mikkeli")));
        Assert.DoesNotContain(spring, Titles(await FeedAsync(family, "/announcements.rss", AnnouncementFeeds.RssType)));
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/announcements/{springId}")).StatusCode);
        Assert.DoesNotContain(springId.ToString(), await family.GetStringAsync("/sitemap.xml"));

        // Under another region's address a region's announcement is not found; with two regions "/" is the choice of region.
        await SecondRegion.SeedAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/r/{SecondRegion.Slug}/announcements/{regionId}")).StatusCode);
        Assert.DoesNotContain(regionWide, WebUtility.HtmlDecode(await family.GetStringAsync($"/r/{SecondRegion.Slug}/announcements")));
        Assert.Contains(regionWide, WebUtility.HtmlDecode(await family.GetStringAsync($"/r/etela-savo/announcements/{regionId}")));

        // Withdrawn: gone at once, whatever its window says.
        Assert.Contains(regionWide, WebUtility.HtmlDecode(await family.GetStringAsync("/r/etela-savo")));
        await OkAsync(await coordinator.PostAsJsonAsync($"/api/v1/announcements/{regionId}/withdrawal", new { version = 1 }));
        Assert.DoesNotContain(regionWide, WebUtility.HtmlDecode(await family.GetStringAsync("/r/etela-savo")));
        Assert.DoesNotContain(regionWide, WebUtility.HtmlDecode(await family.GetStringAsync("/directory/municipalities/mikkeli")));
        Assert.DoesNotContain(regionWide, Titles(await FeedAsync(family, "/announcements.atom", AnnouncementFeeds.AtomType)));
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync($"/announcements/{regionId}")).StatusCode);
        Assert.DoesNotContain(regionId.ToString(), await family.GetStringAsync("/sitemap.xml"));
    }
}

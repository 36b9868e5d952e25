using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// Two regions in one deployment (decision 0026): South Savo, the seeded default region, and a fictional second one whose
/// organisation and meeting place deliberately share South Savo's short names and whose agreement has the same period.
/// </summary>
public sealed class RegionPublicAddressTests
{
    private static readonly Guid Fictional = Guid.Parse("0193a000-0000-7000-8000-000000000990");
    private static readonly Guid FictionalMunicipality = Guid.Parse("0193a000-0000-7000-8000-000000000991");
    private static readonly Guid FictionalCity = Guid.Parse("0193a000-0000-7000-8000-000000000992");
    private static readonly Guid FictionalPlace = Guid.Parse("0193a000-0000-7000-8000-000000000993");
    private static readonly Guid FictionalAgreement = Guid.Parse("0193a000-0000-7000-8000-000000000994");
    private const string FictionalTitle = "Kuvitelan perhekeskustoiminnan yhteistyösopimus";

    /// <summary>The second region, its municipality (code 990), its city named "mikkeli", a published place named as Mikkeli's Kaisla, and its 2026–2029 agreement in force.</summary>
    private static async Task SecondRegionAsync(TestApp app) => await app.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        db.Regions.Add(new Region(Fictional, "kuvitteellinen",
            new LocalizedText("Kuvitteellinen hyvinvointialue", "Fiktiva välfärdsområdet", "Fictional wellbeing services county"), RegionTerms.SouthSavo, now));
        db.Municipalities.Add(new Municipality(FictionalMunicipality, "kuvitela", "990", new LocalizedText("Kuvitela", "Kuvitela", "Kuvitela"), Fictional));
        db.Organisations.Add(Organisation.Create(FictionalCity, Fictional, "mikkeli", OrganisationKind.Municipality, new LocalizedText("Kuvitelan kunta"),
            null, FictionalMunicipality, now));
        db.MeetingPlaces.Add(new MeetingPlace(FictionalPlace, Fictional, "kohtaamispaikka-kaisla", new LocalizedText("Kuvitelan perhetupa"),
            MeetingPlaceKind.MeetingPlace, FictionalMunicipality, FictionalCity));
        var version = new AgreementVersion(FictionalAgreement, Fictional, 2026, 2029, FictionalTitle);
        version.AddSection(1, "Sopimuksen tarkoitus", "Kuvitelan kunta ja hyvinvointialue tekevät yhteistyötä.", null, null, now);
        version.Parties.Add(new Party(Guid.CreateVersion7(), FictionalAgreement, FictionalCity, "Kuvitelan kunta", 1));
        version.RecordHistory(AgreementStatus.InForce, "0000000000000000000000000000000000000000000000000000000000000000", new DateOnly(2026, 1, 1), new Dictionary<Guid, DateOnly>());
        db.AgreementVersions.Add(version);
        await db.SaveChangesAsync();
        return 0;
    });

    [Theory, BothDatabases]
    public async Task Short_addresses_serve_the_default_region_and_region_addresses_each_region(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegionAsync(app);
        var anonymous = app.Anonymous();

        async Task<string> Ok(string path)
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            return await response.Content.ReadAsStringAsync();
        }
        async Task Status(HttpStatusCode expected, string path) => Assert.True((await anonymous.GetAsync(path)).StatusCode == expected, path);

        // The same period, organisation and place names in both regions: the short address is South Savo's.
        Assert.DoesNotContain(FictionalTitle, await Ok("/agreement/2026-2029"));
        Assert.DoesNotContain(FictionalTitle, await Ok("/r/etela-savo/agreement/2026-2029"));
        var fictionalAgreement = await Ok("/r/kuvitteellinen/agreement/2026-2029");
        Assert.Contains(FictionalTitle, fictionalAgreement);
        Assert.Contains("href=\"/r/kuvitteellinen/organisations/mikkeli\"", fictionalAgreement);
        Assert.Contains(FictionalTitle, await Ok("/r/kuvitteellinen/agreement"));
        await Ok("/r/kuvitteellinen/agreement/changes");
        await Ok("/r/kuvitteellinen/agreement/2026-2029/decisions");
        Assert.Contains("Kuvitelan kunta", await Ok("/r/kuvitteellinen/organisations/mikkeli"));
        Assert.DoesNotContain("Kuvitelan kunta", await Ok("/organisations/mikkeli"));
        Assert.Contains("Kuvitelan kunta", await Ok("/r/kuvitteellinen/organisations"));
        Assert.DoesNotContain("Kuvitelan kunta", await Ok("/organisations"));
        var place = await Ok("/r/kuvitteellinen/directory/places/kohtaamispaikka-kaisla");
        Assert.Contains("Kuvitelan perhetupa", place);
        Assert.Contains("href=\"/r/kuvitteellinen/directory/municipalities/kuvitela\"", place);
        Assert.DoesNotContain("Kuvitelan perhetupa", await Ok("/directory/places/kohtaamispaikka-kaisla"));
        Assert.Contains("Kohtaamispaikka Kaisla", await Ok("/r/etela-savo/directory/places/kohtaamispaikka-kaisla"));
        Assert.Contains("Kuvitelan perhetupa", await Ok("/r/kuvitteellinen/directory/municipalities/kuvitela"));
        await Ok("/r/kuvitteellinen/directory/municipalities/kuvitela/this-week");
        await Ok("/r/kuvitteellinen/directory/places/kohtaamispaikka-kaisla/calendar.ics");
        await Ok("/r/kuvitteellinen/directory/municipalities/kuvitela/calendar.ics");
        await Ok("/r/etela-savo/directory/municipalities/mikkeli");
        await Ok("/r/etela-savo/directory/family-centres/mikkelin-perhekeskus");
        await Ok("/r/etela-savo/directory");
        Assert.Contains("Kuvitela", await Ok("/r/kuvitteellinen"));

        // Under a region's address, only that region's things; an unknown region is no address at all.
        await Status(HttpStatusCode.NotFound, "/directory/municipalities/kuvitela");
        await Status(HttpStatusCode.NotFound, "/r/kuvitteellinen/directory/municipalities/mikkeli");
        await Status(HttpStatusCode.NotFound, "/r/kuvitteellinen/directory/family-centres/mikkelin-perhekeskus");
        await Status(HttpStatusCode.NotFound, "/r/atlantis/agreement/2026-2029");
        await Status(HttpStatusCode.NotFound, "/r/atlantis");
        await Status(HttpStatusCode.NotFound, "/r/atlantis/directory/places/kohtaamispaikka-kaisla/calendar.ics");

        // A staff member of South Savo still sees the other region's public pages.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.Contains("Kuvitelan perhetupa", await coordinator.GetStringAsync("/r/kuvitteellinen/directory/places/kohtaamispaikka-kaisla"));
        Assert.Contains(FictionalTitle, await coordinator.GetStringAsync("/r/kuvitteellinen/agreement/2026-2029"));

        var sitemap = await Ok("/sitemap.xml");
        Assert.Contains("/r/kuvitteellinen/directory/places/kohtaamispaikka-kaisla</loc>", sitemap);
        Assert.Contains("/directory/places/kohtaamispaikka-kaisla</loc>", sitemap.Replace("/r/kuvitteellinen/directory/places/kohtaamispaikka-kaisla</loc>", ""));
    }

    [Fact]
    public async Task With_several_regions_the_front_page_lets_a_family_choose_a_region_or_find_their_municipality()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var anonymous = app.Anonymous();
        // One region: / is its front page, as before.
        var single = await anonymous.GetStringAsync("/");
        Assert.Contains("href=\"/network\"", single);
        Assert.Contains("href=\"/organisations/mikkeli\"", await anonymous.GetStringAsync("/network"));
        Assert.DoesNotContain("href=\"/r/etela-savo\"", single);

        await SecondRegionAsync(app);
        var front = await anonymous.GetStringAsync("/");
        Assert.Contains("href=\"/r/etela-savo\"", front);
        Assert.Contains("href=\"/r/kuvitteellinen\"", front);
        Assert.Contains("href=\"/r/kuvitteellinen/directory/municipalities/kuvitela\"", front);
        Assert.Contains("href=\"/r/etela-savo/directory/municipalities/mikkeli\"", front);
        var found = await anonymous.GetStringAsync("/?q=kuvi");
        Assert.Contains("href=\"/r/kuvitteellinen/directory/municipalities/kuvitela\"", found);
        Assert.DoesNotContain("/directory/municipalities/mikkeli\"", found);
        // Each region's own front page stays at /r/{region}.
        Assert.Contains("href=\"/r/etela-savo/network\"", await anonymous.GetStringAsync("/r/etela-savo"));
        Assert.Contains("href=\"/r/etela-savo/organisations/mikkeli\"", await anonymous.GetStringAsync("/r/etela-savo/network"));
    }

    [Theory, BothDatabases]
    public async Task The_agreement_api_resolves_a_period_within_one_region(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegionAsync(app);
        var anonymous = app.Anonymous();
        async Task<JsonElement> Json(HttpClient client, string path)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
        string Title(JsonElement version) => version.GetProperty("version").GetProperty("title").GetString()!;

        Assert.NotEqual(FictionalTitle, Title(await Json(anonymous, "/api/v1/agreement-versions/2026-2029")));
        Assert.Equal(FictionalTitle, Title(await Json(anonymous, "/api/v1/agreement-versions/2026-2029?region=kuvitteellinen")));
        Assert.NotEqual(FictionalTitle, Title(await Json(anonymous, "/api/v1/agreement-versions/2026-2029?region=etela-savo")));
        Assert.Equal("Kuvitelan kunta", Assert.Single((await Json(anonymous, "/api/v1/agreement-versions/2026-2029/parties?region=kuvitteellinen")).EnumerateArray())
            .GetProperty("listedName").GetString());
        Assert.Single((await Json(anonymous, "/api/v1/agreement-versions?region=kuvitteellinen")).EnumerateArray());
        Assert.Contains("Kuvitelan kunta", (await anonymous.GetStringAsync("/api/v1/agreement-versions/2026-2029/text?region=kuvitteellinen")));
        var unknown = await anonymous.GetAsync("/api/v1/agreement-versions/2026-2029?region=atlantis");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("region.not_found", Code(await unknown.Content.ReadAsStringAsync()));

        // Staff read their own region's period; a national administrator the default region's, and nothing finds two.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.NotEqual(FictionalTitle, Title(await Json(coordinator, "/api/v1/agreement-versions/2026-2029")));
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        Assert.NotEqual(FictionalTitle, Title(await Json(admin, "/api/v1/agreement-versions/2026-2029")));
        Assert.Equal(FictionalTitle, Title(await Json(admin, "/api/v1/agreement-versions/2026-2029?region=kuvitteellinen")));
        foreach (var path in new[] { "/api/v1/agreement-versions/2026-2029/signing", "/api/v1/agreement-versions/2026-2029/decisions",
                     "/api/v1/agreement-versions/2026-2029/parties", "/api/v1/agreement-versions/compare?from=2024-2025&to=2026-2029",
                     "/staff/agreement/2026-2029", "/staff/signing/2026-2029", "/agreement/2026-2029/decisions", "/" })
            Assert.True((await admin.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);
    }

    [Theory, BothDatabases]
    public async Task Hsds_and_the_directory_search_find_both_regions_published_items_and_filter_by_region(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await SecondRegionAsync(app);
        var admin = await app.ClientForAsync(DemoUsers.Admin);
        var fictional = await PublishedAsync(app, admin, Activity("Kuvitelan vauvakerho", FictionalMunicipality, FictionalPlace, Weekly("Tuesday", "2026-01-01"),
            organisation: FictionalCity));
        var anonymous = app.Anonymous();

        async Task<IReadOnlyList<string>> Ids(string path) =>
            (await anonymous.GetFromJsonAsync<JsonElement>(path)).GetProperty("contents").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

        var all = await Ids("/hsds/services?per_page=500");
        Assert.Contains(fictional.ToString(), all);
        Assert.Contains(MikkeliFamilyClub.ToString(), all);
        Assert.Equal([fictional.ToString()], await Ids("/hsds/services?region=kuvitteellinen"));
        Assert.DoesNotContain(fictional.ToString(), await Ids("/hsds/services?region=etela-savo&per_page=500"));
        Assert.Equal([fictional.ToString()], await Ids("/hsds/services?region=kuvitteellinen&search=vauvakerho"));
        Assert.Equal([FictionalCity.ToString()], await Ids("/hsds/organizations?region=kuvitteellinen"));
        Assert.Contains(FictionalCity.ToString(), await Ids("/hsds/organizations?per_page=500"));
        var atLocations = (await anonymous.GetFromJsonAsync<JsonElement>("/hsds/service_at_locations?region=kuvitteellinen")).GetProperty("contents");
        Assert.Equal(fictional.ToString(), Assert.Single(atLocations.EnumerateArray()).GetProperty("service_id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/hsds/services?region=atlantis")).StatusCode);

        // The public search: every region's items, or one region's on request, with links to the items' own addresses.
        Assert.Contains($"/directory/activities/{fictional}", await anonymous.GetStringAsync("/directory?q=vauvakerho"));
        Assert.Contains($"/directory/activities/{fictional}", await anonymous.GetStringAsync("/directory?q=vauvakerho&region=kuvitteellinen"));
        Assert.DoesNotContain($"/directory/activities/{fictional}", await anonymous.GetStringAsync("/directory?q=vauvakerho&region=etela-savo"));
        var regionPlaces = await anonymous.GetStringAsync("/r/kuvitteellinen/directory?kind=MeetingPlace");
        Assert.Contains("href=\"/r/kuvitteellinen/directory/places/kohtaamispaikka-kaisla\"", regionPlaces);
        Assert.DoesNotContain("href=\"/directory/places/kohtaamispaikka-kaisla\"", regionPlaces);
        Assert.Contains(fictional, await SearchAsync(anonymous, "q=vauvakerho"));
        // A staff member of South Savo finds the other region's published activity too.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        Assert.Contains($"/directory/activities/{fictional}", await coordinator.GetStringAsync("/directory?q=vauvakerho"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/directory/activities/{fictional}")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>
/// The front page for families (decision 0030): this week in a chosen municipality (a GET form, no JavaScript), its
/// family centres and meeting places, Perheneuvo; and "how to reach" a family centre, a service and a place.
/// </summary>
public sealed class FamilyFrontPageTests
{
    [Theory, BothDatabases]
    public async Task The_front_page_shows_the_chosen_municipalitys_week_family_centres_and_meeting_places(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var monday = app.AtMondayNextYear(); // after the demo programme's Christmas break
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        var juvaPlace = DirectorySeeder.PlaceId("juvan-kamari");
        var juvaOnly = await PublishedAsync(app, coordinator, Activity("Juvan lauantaileikit", MunicipalityOf("juva"), juvaPlace, Once(monday.AddDays(5).Iso()), organisation: OrganisationOf("juva")));
        var nextWeek = await PublishedAsync(app, coordinator, Activity("Juvan ensi viikon leikit", MunicipalityOf("juva"), juvaPlace, Once(monday.AddDays(7).Iso()), organisation: OrganisationOf("juva")));
        var anonymous = app.Anonymous();

        // Without a choice: the choice, the search, Perheneuvo and the way to the network's own page; no week yet.
        var front = await PageAsync(anonymous, "/");
        Assert.Contains("<form method=\"get\" action=\"/directory\" role=\"search\"", front);
        Assert.Contains("<select id=\"municipality\" name=\"municipality\"", front);
        Assert.Contains("href=\"/perheneuvo\"", front);
        // The region's Perheneuvo number and hours (the FamilyAdvice settings; the demo's) in the Perheneuvo block.
        Assert.Contains("<a href=\"tel:+358400000000\">+358 40 000 0000 (demo)</a>", front);
        Assert.Contains("ma–to klo 9–15 (demo)", front);
        Assert.Contains("href=\"/network\"", front);
        Assert.Contains("Valitse kuntasi, niin näet", front);
        Assert.DoesNotContain(juvaOnly.ToString(), front);

        // Juva: its own activity this week, not next week's nor Mikkeli's; its meeting place; no family centre of its own.
        var juva = await PageAsync(anonymous, "/?municipality=juva");
        Assert.Contains("Tällä viikolla: Juva", juva);
        Assert.Contains($"href=\"/directory/activities/{juvaOnly}\"", juva);
        Assert.DoesNotContain(nextWeek.ToString(), juva);
        Assert.DoesNotContain($"href=\"/directory/activities/{MikkeliFamilyClub}\"", juva);
        Assert.Contains("href=\"/directory/places/juvan-kamari\"", juva);
        Assert.DoesNotContain("href=\"/directory/places/kohtaamispaikka-kaisla\"", juva);
        Assert.Contains("<option value=\"juva\" selected=\"selected\">", juva);
        Assert.Contains("Kunnassa Juva ei ole omaa perhekeskusta", juva);
        Assert.Contains("href=\"/directory/family-centres/mikkelin-perhekeskus\"", juva);

        // Mikkeli: its family club this week, its own family centre only, and its places.
        var mikkeli = await PageAsync(anonymous, "/?municipality=mikkeli");
        Assert.Contains($"href=\"/directory/activities/{MikkeliFamilyClub}\"", mikkeli);
        Assert.DoesNotContain(juvaOnly.ToString(), mikkeli);
        Assert.Contains("href=\"/directory/family-centres/mikkelin-perhekeskus\"", mikkeli);
        Assert.DoesNotContain("href=\"/directory/family-centres/savonlinnan-perhekeskus\"", mikkeli);
        Assert.Contains("href=\"/directory/places/kohtaamispaikka-kaisla\"", mikkeli);
        Assert.Contains("href=\"tel:+358400000101\"", mikkeli);

        // A municipality the region does not have is no error: the choice says so next to the field.
        var unknown = await anonymous.GetAsync("/?municipality=atlantis");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var unknownPage = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        Assert.Contains("id=\"municipality-error\"", unknownPage);
        Assert.Contains("aria-invalid=\"true\"", unknownPage);

        // The region's own address keeps its prefix in the links the page builds (listed places follow decision 0026: short for the default region).
        var region = await PageAsync(anonymous, "/r/etela-savo?municipality=juva");
        Assert.Contains("action=\"/r/etela-savo/directory\"", region);
        Assert.Contains("action=\"/r/etela-savo\"", region);
        Assert.Contains("href=\"/r/etela-savo/perheneuvo\"", region);
        Assert.Contains("href=\"/r/etela-savo/directory/family-centres/mikkelin-perhekeskus\"", region);
        Assert.Contains("href=\"/r/etela-savo/directory/municipalities/juva/this-week\"", region);
        Assert.Contains("href=\"/r/etela-savo/network\"", region);

        // Every public page leads to Perheneuvo from its footer.
        foreach (var path in new[] { "/", "/network", "/directory", "/organisations" })
            Assert.Contains("<li><a href=\"/perheneuvo\">Perheneuvo – ota yhteyttä</a></li>", await PageAsync(anonymous, path));
    }

    [Theory, BothDatabases]
    public async Task A_family_centre_service_and_place_show_how_to_reach_them_with_a_map_link_from_the_coordinates(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var anonymous = app.Anonymous();

        var centre = await PageAsync(anonymous, "/directory/family-centres/mikkelin-perhekeskus");
        Assert.Contains("<h2 id=\"how-to-reach\">Näin tavoitat</h2>", centre);
        Assert.Contains("href=\"tel:+358400000101\">+358 40 0000 101</a>", centre);
        Assert.Contains("href=\"mailto:perhekeskus.mikkeli@perheverkko.example\"", centre);
        Assert.Contains("href=\"https://perhekeskus.example/mikkeli\"", centre);
        Assert.Contains("href=\"https://ajanvaraus.example/mikkelin-perhekeskus\"", centre);
        Assert.Contains("ma–pe 8–16, neuvola ajanvarauksella", centre);
        Assert.Contains("Maaherrankatu 21, 50100 Mikkeli", centre);
        Assert.Contains("href=\"https://www.openstreetmap.org/?mlat=61.6874&mlon=27.2698#map=16/61.6874/27.2698\"", centre);
        Assert.Contains("Yhteystiedot ovat esimerkkitietoja (demo)", centre);

        // The same data in the public API, marked as demo.
        var centres = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/family-centres");
        var mikkeli = centres.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "mikkelin-perhekeskus");
        Assert.True(mikkeli.GetProperty("contactIsDemo").GetBoolean());
        Assert.Equal("+358 40 0000 101", mikkeli.GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal(61.6874, mikkeli.GetProperty("contact").GetProperty("latitude").GetDouble());

        // A demo service: its own contact and booking link, and its place with a map link (in the English page too: invariant decimals).
        var service = await PageAsync(anonymous, $"/directory/services/{DirectorySeeder.ServiceId("neuvola-mikkeli")}");
        Assert.Contains("href=\"mailto:neuvola-mikkeli@perheverkko.example\"", service);
        Assert.Contains("href=\"https://ajanvaraus.example/neuvola-mikkeli\"", service);

        // A meeting place marked as a Perheneuvo home base says so and leads to the contact form.
        var kaisla = await PageAsync(anonymous, "/directory/places/kohtaamispaikka-kaisla");
        Assert.Contains("<h2 id=\"home-base\">Perheneuvon kotipesä</h2>", kaisla);
        Assert.Contains("<a href=\"tel:+358400000000\">+358 40 000 0000 (demo)</a>", kaisla);
        Assert.Contains("href=\"/perheneuvo\"", kaisla);
        Assert.Contains("href=\"https://www.openstreetmap.org/?mlat=61.688&mlon=27.272#map=16/61.688/27.272\"", kaisla);
        var juva = await PageAsync(anonymous, "/directory/places/juvan-kamari");
        Assert.DoesNotContain("id=\"home-base\"", juva);
        Assert.DoesNotContain("+358 40 000 0000", juva);

        // An activity is reached where it meets.
        var club = await PageAsync(anonymous, $"/directory/activities/{MikkeliFamilyClub}");
        Assert.Contains("href=\"https://www.openstreetmap.org/?mlat=61.688&mlon=27.272#map=16/61.688/27.272\"", club);
    }

    [Theory, BothDatabases]
    public async Task An_editor_sets_a_places_booking_link_and_home_base_and_a_services_booking_link(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var view = await representative.GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{ParishRoom}/staff-view");
        var place = new
        {
            version = view.GetProperty("version").GetInt32(), name = new { fi = "Seurakuntakeskuksen perhetila" }, kind = "MeetingPlace", municipalityId = Mikkeli,
            streetAddress = "Hallituskatu 6", postalCode = "50100", postOffice = "Mikkeli", latitude = 61.6862, longitude = 27.2745,
            offers = new[] { "OpenActivity" }, phone = "+358 40 0000 999", bookingUrl = "https://ajanvaraus.example/perhetila", isAdviceHomeBase = true,
        };
        Assert.Equal(HttpStatusCode.OK, (await representative.PutAsJsonAsync($"/api/v1/meeting-places/{ParishRoom}", place)).StatusCode);
        var saved = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{ParishRoom}");
        Assert.Equal("https://ajanvaraus.example/perhetila", saved.GetProperty("bookingUrl").GetString());
        Assert.True(saved.GetProperty("isAdviceHomeBase").GetBoolean());
        var page = await PageAsync(app.Anonymous(), "/directory/places/seurakuntakeskuksen-perhetila");
        Assert.Contains("id=\"home-base\"", page);
        Assert.Contains("href=\"https://ajanvaraus.example/perhetila\"", page);

        var again = await representative.GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{ParishRoom}/staff-view");
        var invalid = await representative.PutAsJsonAsync($"/api/v1/meeting-places/{ParishRoom}",
            place with { version = again.GetProperty("version").GetInt32(), bookingUrl = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("bookingUrl", await invalid.Content.ReadAsStringAsync());
    }

    /// <summary>A page as text with its character references decoded (the encoder writes "+" as "&#x2B;" in attributes).</summary>
    private static async Task<string> PageAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static Guid MunicipalityOf(string slug) => Perheverkko.Web.Features.Organisations.NetworkSeeder.MunicipalityId(slug);
    private static Guid OrganisationOf(string slug) => Perheverkko.Web.Features.Organisations.NetworkSeeder.OrganisationId(slug);
}

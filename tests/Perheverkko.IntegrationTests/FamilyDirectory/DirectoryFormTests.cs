using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using static Perheverkko.Testing.DirectoryTestData;

namespace Perheverkko.IntegrationTests.FamilyDirectory;

/// <summary>
/// The staff directory's pages as a browser posts and reads them (issue #13 item 4): one form saves and publishes, a refused
/// publication keeps what was typed, another organisation's entry is read-only, a crafted post to it is refused with the
/// not-permitted page and audited, and the list filters and pages.
/// </summary>
public sealed partial class DirectoryFormTests
{
    private static readonly Guid Neuvola = DirectorySeeder.ServiceId("neuvola-mikkeli");
    private static readonly string DraftPage = $"/staff/directory/activities/{MikkeliDraft}";

    /// <summary>The draft's form as a representative fills it in: a new name, and the leaders and insurance typed.</summary>
    private static Dictionary<string, string> DraftForm(int version, string name, string? state) => new()
    {
        ["Input.Version"] = version.ToString(), ["Input.Name.Fi"] = name, ["Input.Kind"] = "OpenActivity", ["Input.MunicipalityId"] = Mikkeli.ToString(),
        ["Input.MeetingPlaceId"] = Kaisla.ToString(), ["Input.Leaders"] = "Kirjastonhoitaja", ["Input.Insurance"] = "Kaupungin vastuuvakuutus",
        ["Input.Schedule.Starts"] = "10:00", ["Input.Schedule.Ends"] = "11:00", ["Input.Schedule.Days"] = "Friday", ["Input.Schedule.From"] = "2030-01-01",
        ["Input.Languages"] = "fi", ["Input.Cost"] = "Free", ["state"] = state ?? "",
    };

    private static async Task<HttpClient> SignedInAsync(TestApp app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(client, email);
        return client;
    }

    [Theory, BothDatabases]
    public async Task Save_and_publish_saves_what_was_typed_even_when_publishing_is_refused_and_publishes_once_complete(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await SignedInAsync(app, DemoUsers.MikkeliRepresentative);

        // No leader of Mikkeli's own is named yet: the publication is refused, the typed changes are saved and shown as typed.
        var refused = await Forms.PostAsync(client, DraftPage, DraftForm(1, "Lasten satutuokio kirjastossa", "Published"), DraftPage + "?handler=Save");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Muutokset tallennettiin, mutta tilaa ei vaihdettu", html);
        Assert.Contains("Toimintaa ei voi julkaista", html);
        Assert.Contains("value=\"Lasten satutuokio kirjastossa\"", html);
        Assert.Contains("value=\"Kaupungin vastuuvakuutus\"", html);
        Assert.Contains("value=\"2\"", HiddenVersion().Match(html).Value);
        var saved = await app.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == MikkeliDraft));
        Assert.Equal(("Lasten satutuokio kirjastossa", "Kaupungin vastuuvakuutus", PublicationState.Draft, 2), (saved.Name.Fi, saved.Insurance, saved.State, saved.Version));

        // With a leader named, the same button saves the next change and publishes, in one request.
        await NameLeaderAsync(app, MikkeliDraft);
        var published = await Forms.PostAsync(client, DraftPage, DraftForm(2, "Satutuokio kirjastossa", "Published"), DraftPage + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Tallennettu. Julkaistu.", await client.GetStringAsync(DraftPage));
        saved = await app.WithDbAsync(db => db.Activities.SingleAsync(a => a.Id == MikkeliDraft));
        Assert.Equal(("Satutuokio kirjastossa", PublicationState.Published), (saved.Name.Fi, saved.State));
        var events = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.ObjectId == MikkeliDraft.ToString() && a.Event != AuditEvent.WorkersRead)
            .OrderBy(a => a.Id).Select(a => a.Event).ToListAsync());
        Assert.Equal([AuditEvent.ActivityUpdated, AuditEvent.ActivityUpdated, AuditEvent.DirectoryStateChanged], events);

        // A stale form (someone saved in between) changes nothing and says so.
        var stale = await Forms.PostAsync(client, DraftPage, DraftForm(1, "Vanha versio", "Archived"), DraftPage + "?handler=Save");
        Assert.Contains("Joku muu muutti tietoja", await stale.Content.ReadAsStringAsync());
        Assert.Equal(PublicationState.Published, await app.WithDbAsync(db => db.Activities.Where(a => a.Id == MikkeliDraft).Select(a => a.State).SingleAsync()));
    }

    [Theory, BothDatabases]
    public async Task Another_organisations_entry_is_shown_read_only_with_whose_it_is(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await SignedInAsync(app, DemoUsers.SavonlinnaRepresentative);
        foreach (var (path, maintainer) in new[] { (DraftPage, MikkeliCity), ($"/staff/directory/services/{Neuvola}", (Guid?)null), ($"/staff/directory/places/{ParishRoom}", null) })
        {
            var html = await client.GetStringAsync(path);
            Assert.Contains("Vain luettavissa", html);
            Assert.DoesNotContain("handler=Save", html);
            Assert.DoesNotContain("Tallenna ja julkaise", html);
            if (maintainer is { } organisation)
                Assert.Contains($"Tätä merkintää ylläpitää {await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name.Fi).SingleAsync())}.", html);
        }
        // Its own maintainer gets the form, with "Save and publish" on it.
        var own = await (await SignedInAsync(app, DemoUsers.MikkeliRepresentative)).GetStringAsync(DraftPage);
        Assert.DoesNotContain("Vain luettavissa", own);
        Assert.Contains("Tallenna ja julkaise", own);
    }

    [Theory, BothDatabases]
    public async Task A_form_post_to_another_organisations_entry_shows_the_not_permitted_page_and_is_audited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, DemoUsers.SavonlinnaRepresentative);
        foreach (var (path, fields) in new (string, Dictionary<string, string>)[]
                 {
                     (DraftPage, DraftForm(1, "Kaapattu", null)),
                     (DraftPage, DraftForm(1, "Kaapattu", "Archived")),
                     ($"/staff/directory/places/{ParishRoom}", new() { ["Input.Version"] = "2", ["Input.Name.Fi"] = "Kaapattu", ["state"] = "Archived" }),
                     ($"/staff/directory/services/{Neuvola}", new() { ["Input.Version"] = "1", ["Input.Name.Fi"] = "Kaapattu" }),
                     ("/staff/directory/activities", new() { ["Input.OrganisationId"] = MikkeliCity.ToString(), ["Input.Name.Fi"] = "Toisen nimissä" }),
                 })
        {
            var refused = await Forms.PostAsync(client, path, fields, $"{path}?handler=Save");
            var html = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{path}: {refused.StatusCode}\n{html}");
            Assert.Contains("Ei käyttöoikeutta", html);
        }
        Assert.Equal("Lasten satutuokio", await app.WithDbAsync(db => db.Activities.Where(a => a.Id == MikkeliDraft).Select(a => a.Name.Fi).SingleAsync()));
        var denials = await app.WithDbAsync(db => db.AuditRecords.Where(a => a.Event == AuditEvent.AccessDenied).Select(a => a.ObjectId).ToListAsync());
        Assert.Equal(2, denials.Count(d => d == MikkeliDraft.ToString()));
        Assert.Contains(ParishRoom.ToString(), denials);
        Assert.Contains(Neuvola.ToString(), denials);
    }

    [Theory, BothDatabases]
    public async Task The_staff_list_shows_where_and_when_filters_and_pages_at_fifty(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        app.Clock.SetUtcNow(new DateTimeOffset(2031, 3, 10, 8, 0, 0, TimeSpan.Zero)); // a Monday; the family club meets on Tuesdays
        var coordinator = await SignedInAsync(app, DemoUsers.Coordinator);

        var clubs = await coordinator.GetStringAsync("/staff/directory?q=perhekerho&type=activity&municipality=mikkeli&state=Published");
        var rows = Rows().Matches(clubs).Select(m => m.Value).ToList();
        Assert.All(rows, row => Assert.Contains("<td>Mikkeli</td>", row));
        var club = Assert.Single(rows, row => row.Contains($"/staff/directory/activities/{MikkeliFamilyClub}"));
        Assert.Contains("<td>Kohtaamispaikka Kaisla</td>", club);
        Assert.Contains("<td>11.3.2031</td>", club);
        Assert.Empty(Rows().Matches(await coordinator.GetStringAsync("/staff/directory?q=perhekerho&state=Archived")));
        Assert.All(Rows().Matches(await coordinator.GetStringAsync("/staff/directory?type=meeting_place&municipality=savonlinna")),
            row => Assert.Contains("<td>Savonlinna</td>", row.Value));

        // Everything the coordinator may edit is more than one page: fifty rows, then the rest behind a plain link.
        var first = await coordinator.GetStringAsync("/staff/directory");
        var total = int.Parse(Count().Match(first).Groups[1].Value);
        Assert.True(total > 50, $"{total} entries");
        Assert.Equal(50, Rows().Matches(first).Count);
        Assert.Contains("href=\"/staff/directory?page=2\" rel=\"next\"", first);
        var second = await coordinator.GetStringAsync("/staff/directory?page=2");
        Assert.Equal(Math.Min(50, total - 50), Rows().Matches(second).Count);
        Assert.Contains("rel=\"prev\"", second);
    }

    [Theory, BothDatabases]
    public async Task A_closure_note_shows_in_the_pages_language_falling_back_to_Finnish(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var representative = await app.ClientForAsync(DemoUsers.MikkeliRepresentative);
        var place = new
        {
            version = 2, name = new { fi = "Seurakuntakeskuksen perhetila" }, kind = "MeetingPlace", municipalityId = Mikkeli,
            openingHours = new[] { new { day = "Monday", opens = "9:00", closes = "15:00" } },
            openingExceptions = new object[]
            {
                new { from = "2030-12-23", to = "2031-01-06", opens = (string?)null, closes = (string?)null, note = new { fi = "Joulutauko", sv = "Jullov", en = "Christmas break" } },
                new { from = "2031-02-20", to = "2031-02-20", opens = "12:00", closes = "14:00", note = new { fi = "Henkilöstön koulutuspäivä", sv = (string?)null, en = (string?)null } },
            },
        };
        var saved = await representative.PutAsJsonAsync($"/api/v1/meeting-places/{ParishRoom}", place);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        foreach (var (language, shown, hidden) in new[]
                 {
                     ("fi", new[] { "(Joulutauko)", "(Henkilöstön koulutuspäivä)" }, new[] { "Jullov", "Christmas break" }),
                     ("sv", ["(Jullov)", "(Henkilöstön koulutuspäivä)"], ["Joulutauko", "Christmas break"]),
                     ("en", ["(Christmas break)", "(Henkilöstön koulutuspäivä)"], ["Joulutauko", "Jullov"]),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/directory/places/seurakuntakeskuksen-perhetila");
            request.Headers.AcceptLanguage.ParseAdd(language);
            var html = await (await app.Anonymous().SendAsync(request)).Content.ReadAsStringAsync();
            Assert.All(shown, text => Assert.Contains(text, html));
            Assert.All(hidden, text => Assert.DoesNotContain(text, html));
        }
        // The API gives every language; a Swedish note without the Finnish one is refused on the field.
        var view = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/meeting-places/{ParishRoom}");
        Assert.Equal("Jullov", view.GetProperty("openingExceptions")[0].GetProperty("note").GetProperty("sv").GetString());
        var swedishOnly = await representative.PutAsJsonAsync($"/api/v1/meeting-places/{ParishRoom}", place with
        {
            version = 3,
            openingExceptions = new object[] { new { from = "2030-12-23", to = "2031-01-06", opens = (string?)null, closes = (string?)null, note = new { fi = (string?)null, sv = "Jullov", en = (string?)null } } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, swedishOnly.StatusCode);
        Assert.Contains("openingExceptions[0].note.fi", await swedishOnly.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_note_stored_before_notes_had_languages_reads_as_the_Finnish_note()
    {
        var stored = DirectoryJson.Read<List<OpeningException>>("""[{"from":"2030-12-23","to":"2031-01-06","opens":null,"closes":null,"note":"Joulutauko"}]""");
        Assert.Equal(new LocalizedText("Joulutauko"), stored.Single().Note);
        Assert.Equal("""{"fi":"Joulutauko","sv":null,"en":null}""", System.Text.Json.JsonDocument.Parse(DirectoryJson.Write(stored)).RootElement[0].GetProperty("note").GetRawText());
    }

    [GeneratedRegex("<tr>\\s*<td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Rows();

    [GeneratedRegex("<p role=\"status\">(\\d+) kohdetta</p>")]
    private static partial Regex Count();

    [GeneratedRegex("<input[^>]*name=\"Input.Version\"[^>]*>")]
    private static partial Regex HiddenVersion();
}
